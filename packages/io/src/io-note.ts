/** Something a reader decided that the user should know (a delimiter it detected…): a code and a sentence. */
export interface IoNote {
  readonly code: 'DIALECT_DETECTED' | 'SINGLE_ROW_AS_COLUMN' | 'VALUES_OMITTED';
  readonly message: string;
}
