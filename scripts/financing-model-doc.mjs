// Writes the generated part of docs/financieringsmodel.md (profiles, answers, reasons) from
// resources/financing-model.json, so the document and the model never disagree.
// Usage: node scripts/financing-model-doc.mjs        (rewrites the document)
//        node scripts/financing-model-doc.mjs --check (exits 1 when the document is out of date)
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isEntryPoint } from './lib/entry-point.mjs';
import { runTool } from './lib/node-tool.mjs';

const root = resolve(import.meta.dirname, '..');
const docFile = join(root, 'docs', 'financieringsmodel.md');
const begin = '<!-- model:begin (gegenereerd door scripts/financing-model-doc.mjs; niet met de hand wijzigen) -->';
const end = '<!-- model:end -->';

const formNames = {
  bewonersbudget: 'Bewonersbudget/wijkbudget',
  initiatievenfonds: 'Initiatievenfonds/-subsidies',
  budgetmonitoring: 'Budgetmonitoring',
  'fiscale-constructie': 'Fiscale constructie',
  'maatschappelijk-aanbesteden': 'Maatschappelijk aanbesteden',
  'lokaal-fonds': 'Lokaal fonds',
  leenkring: 'Particuliere leenkring',
  crowdfunding: 'Crowdfunding',
  'complementair-geld': 'Complementair geld',
};

const cell = (text) => String(text).replaceAll('|', '\\|').replaceAll('\n', ' ');

/** The generated Markdown for a model. */
export function modelSection(model) {
  const lines = [begin, '', `Modelversie: ${model.version}.`, ''];
  lines.push('### Waarvoor elke vorm geschikt is', '');
  lines.push(`Bron van de bedragen: ${cell(model.amountSource)}`, '');
  const purposeLabel = (id) => model.purposes.find((p) => p.id === id)?.label ?? id;
  lines.push(
    '| Vorm | Geeft geld | Wat het doet | Past bij | Tot bedrag | Ook interessant bij |',
    '|---|---|---|---|---|---|',
  );
  for (const form of model.forms) {
    const e = form.eligibility;
    lines.push(
      `| ${formNames[form.id] ?? form.id} | ${e.givesMoney ? 'ja' : 'nee'} | ${cell(e.whatItDoes)} | ${e.serves.map((s) => cell(purposeLabel(s.purpose))).join('; ')} | ${e.maxAmount ? `€ ${e.maxAmount.value.toLocaleString('nl-NL')}` : 'geen grens'} | ${e.alsoInteresting.map((a) => cell(purposeLabel(a.purpose))).join('; ') || '–'} |`,
    );
  }
  lines.push('');
  lines.push('### Alle profielwaarden in één tabel', '');
  lines.push(`| Vorm | Betrokkenheid | ${model.aspects.map((a) => cell(a.name)).join(' | ')} |`);
  lines.push(`|---|---|${model.aspects.map(() => '---').join('|')}|`);
  for (const form of model.forms)
    lines.push(
      `| ${formNames[form.id] ?? form.id} | ${form.involvement.value} | ${model.aspects.map((a) => form.profile[a.id].value).join(' | ')} |`,
    );
  lines.push('', '### De antwoorden en wat ze zoeken', '');
  for (const consideration of model.considerations) {
    lines.push(`**${consideration.id}** – ${cell(consideration.question)}`, '');
    lines.push('| Antwoord | Zoekt | Waarom |', '|---|---|---|');
    for (const answer of consideration.answers) {
      if (answer.targets.length === 0) {
        lines.push(`| ${cell(answer.label)} | niets: telt niet mee | – |`);
        continue;
      }
      for (const target of answer.targets) {
        const aspect = model.aspects.find((a) => a.id === target.aspect)?.name ?? target.aspect;
        lines.push(
          `| ${cell(answer.label)} | ${cell(aspect)}: ${target.rule} ${target.value} | ${cell(target.reasoning)} |`,
        );
      }
    }
    lines.push('');
  }
  lines.push('### Waarom elke waarde', '');
  for (const form of model.forms) {
    lines.push(`#### ${formNames[form.id] ?? form.id}`, '');
    lines.push('| Kenmerk | Waarde | Waarom |', '|---|---|---|');
    lines.push(
      `| Plek op de as van overheidsbetrokkenheid | ${form.involvement.value} | ${cell(form.involvement.reasoning)} |`,
    );
    for (const aspect of model.aspects)
      lines.push(
        `| ${cell(aspect.name)} | ${form.profile[aspect.id].value} | ${cell(form.profile[aspect.id].reasoning)} |`,
      );
    lines.push('');
    const e = form.eligibility;
    for (const s of e.serves) lines.push(`- Past bij "${cell(purposeLabel(s.purpose))}": ${cell(s.why)}`);
    if (e.maxAmount) lines.push(`- Tot € ${e.maxAmount.value.toLocaleString('nl-NL')}: ${cell(e.maxAmount.reasoning)}`);
    for (const a of e.alsoInteresting)
      lines.push(`- Ook interessant bij "${cell(purposeLabel(a.purpose))}": ${cell(a.why)}`);
    lines.push('');
  }
  lines.push(end);
  return lines.join('\n');
}

/** The document with its generated part replaced. */
export function withModelSection(doc, model) {
  const from = doc.indexOf(begin);
  const to = doc.indexOf(end);
  if (from < 0 || to < 0) throw new Error(`${docFile}: markers ${begin} … ${end} missing`);
  return `${doc.slice(0, from)}${modelSection(model)}${doc.slice(to + end.length)}`;
}

/** Table padding is the formatter's business (Biome aligns Markdown tables); compare the content. */
function normalised(markdown) {
  return markdown
    .split('\n')
    .map((line) => (line.startsWith('|') ? line.replace(/\s*\|\s*/g, '|').replace(/-{3,}/g, '---') : line.trimEnd()))
    .join('\n')
    .trim();
}

if (isEntryPoint(import.meta.url)) {
  const model = JSON.parse(readFileSync(join(root, 'resources', 'financing-model.json'), 'utf8'));
  const doc = readFileSync(docFile, 'utf8');
  const updated = withModelSection(doc, model);
  if (process.argv.includes('--check')) {
    if (normalised(updated) !== normalised(doc)) {
      process.stderr.write('docs/financieringsmodel.md is niet bijgewerkt: node scripts/financing-model-doc.mjs\n');
      process.exit(1);
    }
  } else {
    writeFileSync(docFile, updated);
    try {
      runTool('@biomejs/biome', 'biome', ['format', '--write', docFile], { stdio: 'ignore' });
    } catch {
      // Unformatted tables are still correct Markdown; `npm run format` tidies them later.
    }
  }
}
