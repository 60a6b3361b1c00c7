import { UserFacingError } from '../../contract/envelope';
import type { LocalScheme, LocalSchemeFields } from '../../contract/financing-channels';
import type { FinancingSchemesRepository } from '../../db/financing-schemes-repository';

const notFound = 'Deze regeling bestaat niet (meer). Misschien is ze verwijderd. Kijk in de lijst met regelingen.';

/** The municipality's own schemes: a short list the user keeps, shown by name when a form fits. */
export function createLocalSchemesService(repository: FinancingSchemesRepository) {
  const now = () => new Date().toISOString();
  function get(id: number): LocalScheme {
    const scheme = repository.get(id);
    if (!scheme) throw new UserFacingError('not-found', notFound);
    return scheme;
  }
  return {
    list: () => repository.list(),
    create: (fields: LocalSchemeFields) => get(repository.create(fields, now())),
    update(id: number, fields: LocalSchemeFields): LocalScheme {
      if (!repository.update(id, fields, now())) throw new UserFacingError('not-found', notFound);
      return get(id);
    },
    delete(id: number): null {
      if (!repository.delete(id)) throw new UserFacingError('not-found', notFound);
      return null;
    },
  };
}
export type LocalSchemesService = ReturnType<typeof createLocalSchemesService>;
