import { UserFacingError } from '../../contract/envelope';
import type { Migration } from '../../db/migration';
import { type BuiltDatabase, buildDatabaseFromRows, readTablesOfFile } from '../../db/workbook-rows';
import type { RuleContext } from './rules/row-rules';
import { describeRuleProblem, findRuleProblem } from './rules/validate-tables';
import {
  checksumOf,
  legacyWorkbookFileVersion,
  type WorkbookFile,
  workbookFileFormat,
  workbookFileSchema,
  workbookFileVersion,
} from './workbook-file';

const incomplete = 'Dit werkboekbestand is onvolledig of beschadigd. Er is niets veranderd.';
const notAWorkbook = 'Dit is geen werkboekbestand. Kies een bestand dat je met “Werkboek exporteren” hebt gemaakt.';
export const damagedMessage = 'Dit bestand is beschadigd of gewijzigd; er is niets veranderd.';

function parseJson(text: string): unknown {
  try {
    // Keys that could reach an object's prototype have no place in a workbook file.
    return JSON.parse(text, (key, value: unknown) => {
      if (key === '__proto__' || key === 'constructor' || key === 'prototype') throw new Error('forbidden key');
      return value;
    });
  } catch {
    // A file that names our format but does not parse was ours once: cut off or changed.
    throw new UserFacingError(
      'invalid-input',
      text.includes(`"${workbookFileFormat}"`) ? damagedMessage : notAWorkbook,
    );
  }
}

/** The checksum is verified before anything else in the file is looked at. */
function verifyChecksum(raw: Record<string, unknown>): void {
  const { sha256, ...fields } = raw;
  if (fields.formatVersion === legacyWorkbookFileVersion && sha256 === undefined) return;
  if (typeof sha256 !== 'string' || checksumOf(fields) !== sha256)
    throw new UserFacingError('invalid-input', damagedMessage);
}

/** Parses an export file: JSON, our format, the checksum, the outer shape and the versions. */
export function parseWorkbookFile(text: string, latestSchemaVersion: number): WorkbookFile {
  const raw = parseJson(text);
  if (
    typeof raw !== 'object' ||
    raw === null ||
    Array.isArray(raw) ||
    (raw as { format?: unknown }).format !== workbookFileFormat
  ) {
    throw new UserFacingError('invalid-input', notAWorkbook);
  }
  const { formatVersion } = raw as { formatVersion?: unknown };
  if (formatVersion !== workbookFileVersion && formatVersion !== legacyWorkbookFileVersion) {
    throw new UserFacingError(
      'invalid-input',
      `Dit werkboekbestand heeft een andere opmaak (versie ${String(formatVersion).slice(0, 20)}). Er is niets veranderd.`,
    );
  }
  verifyChecksum(raw as Record<string, unknown>);
  const parsed = workbookFileSchema.safeParse(raw);
  if (!parsed.success) throw new UserFacingError('invalid-input', incomplete);
  if (parsed.data.schemaVersion > latestSchemaVersion) {
    throw new UserFacingError(
      'invalid-input',
      'Dit werkboekbestand komt uit een nieuwere versie van het werkboek. Installeer eerst de nieuwste versie.',
    );
  }
  return parsed.data;
}

/**
 * Builds a database from the file's rows in a temporary folder (SQLite's types, keys and
 * CHECKs judge each row; older files are migrated), then holds every row to the app's own
 * rules. Nothing of the user's workbook is touched; the caller swaps the result in.
 */
export function buildDatabaseFromFile(
  file: WorkbookFile,
  migrations: readonly Migration[],
  context: RuleContext,
): BuiltDatabase {
  const built = buildDatabaseFromRows(file.tables, file.schemaVersion, migrations);
  try {
    const problem = findRuleProblem(readTablesOfFile(built.file), context);
    if (problem) {
      throw new UserFacingError(
        'invalid-input',
        `Dit werkboekbestand houdt zich niet aan de regels van het werkboek. ${describeRuleProblem(problem)} Er is niets veranderd.`,
      );
    }
    return built;
  } catch (error) {
    built.cleanup();
    throw error;
  }
}
