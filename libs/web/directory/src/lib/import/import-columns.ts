import type { TranslationKey } from '@inspraak/web-core';

export interface ImportColumnHelp {
  dutch: string;
  english: string;
  required: boolean;
  description: TranslationKey;
}

/** The columns the import understands, shown as help on the import page. */
export const IMPORT_COLUMNS: readonly ImportColumnHelp[] = [
  {
    dutch: 'personeelsnummer',
    english: 'employee_number',
    required: true,
    description: 'directory.import.help.employeeNumber',
  },
  {
    dutch: 'voornaam',
    english: 'first_name',
    required: true,
    description: 'directory.import.help.firstName',
  },
  {
    dutch: 'tussenvoegsel',
    english: 'name_prefix',
    required: false,
    description: 'directory.import.help.namePrefix',
  },
  {
    dutch: 'achternaam',
    english: 'last_name',
    required: true,
    description: 'directory.import.help.lastName',
  },
  {
    dutch: 'email',
    english: 'email',
    required: true,
    description: 'directory.import.help.email',
  },
  {
    dutch: 'afdeling',
    english: 'department',
    required: true,
    description: 'directory.import.help.department',
  },
  {
    dutch: 'locatie',
    english: 'location',
    required: true,
    description: 'directory.import.help.location',
  },
  {
    dutch: 'functie',
    english: 'job_title',
    required: true,
    description: 'directory.import.help.jobTitle',
  },
  {
    dutch: 'contractsoort',
    english: 'contract_type',
    required: true,
    description: 'directory.import.help.contractType',
  },
  {
    dutch: 'datum_in_dienst',
    english: 'employment_start',
    required: true,
    description: 'directory.import.help.employmentStart',
  },
];
