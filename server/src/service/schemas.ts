/** The JSON Schemas, compiled once per process with ajv, and readable messages for their errors. */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { closest, distance } from 'fastest-levenshtein';
import configSchema from '../../../schemas/config.schema.json' with { type: 'json' };
import frontMatterSchema from '../../../schemas/frontmatter.schema.json' with { type: 'json' };
import modelSchema from '../../../schemas/programmatekst.schema.json' with { type: 'json' };
import { type Localized, msg } from './finding.js';

const ajv = new Ajv({ allErrors: true, strict: true, verbose: true });
ajv.addKeyword('markdownDescription');
ajv.addSchema(modelSchema);

let frontMatterValidator: ValidateFunction | undefined;
let configValidator: ValidateFunction | undefined;
let modelValidator: ValidateFunction | undefined;

/** Validates front matter data. */
export function validateFrontMatter(data: unknown): ErrorObject[] {
  frontMatterValidator ??= ajv.compile(frontMatterSchema);
  return frontMatterValidator(data) ? [] : (frontMatterValidator.errors ?? []);
}

/** Validates a configuration object. */
export function validateConfig(data: unknown): ErrorObject[] {
  configValidator ??= ajv.compile(configSchema);
  return configValidator(data) ? [] : (configValidator.errors ?? []);
}

/** Validates a serialised document model (see `toModelJson`). */
export function validateModel(data: unknown): ErrorObject[] {
  modelValidator ??= ajv.getSchema('programmatekst.schema.json') as ValidateFunction;
  return modelValidator(data) ? [] : (modelValidator.errors ?? []);
}

/** The key an error is about: the missing or unknown property, else the last segment of its path. */
export function errorKey(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'required') return String(params.missingProperty);
  if (error.keyword === 'additionalProperties') return String(params.additionalProperty);
  if (error.keyword === 'propertyNames') return String(params.propertyName);
  const segments = error.instancePath.split('/').filter(Boolean);
  return decodePointer(segments[segments.length - 1] ?? '');
}

/** Decodes a JSON Pointer segment. */
export function decodePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/**
 * A message a policy writer understands for an ajv error, never a raw `must match pattern`.
 * @param subject what the object is, in both languages (e.g. front matter, configuratie)
 */
export function describeSchemaError(error: ErrorObject, subject: Localized): Localized {
  const params = error.params as Record<string, unknown>;
  const path = error.instancePath.split('/').filter(Boolean).map(decodePointer);
  const key = path.join('.');
  const known = (error.parentSchema?.properties ? Object.keys(error.parentSchema.properties) : []) as string[];
  switch (error.keyword) {
    case 'required':
      return msg(
        `De ${subject.nl} mist de verplichte sleutel '${params.missingProperty}'.`,
        `The ${subject.en} lacks the required key '${params.missingProperty}'.`,
      );
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      const suggestion = known.length ? closest(name, known) : undefined;
      const hint = suggestion && similar(name, suggestion);
      return msg(
        `Onbekende sleutel '${name}' in de ${subject.nl}${hint ? ` (bedoelt u '${suggestion}'?)` : ''}. Toegestaan: ${known.join(', ')}.`,
        `Unknown key '${name}' in the ${subject.en}${hint ? ` (did you mean '${suggestion}'?)` : ''}. Allowed: ${known.join(', ')}.`,
      );
    }
    case 'propertyNames':
      return msg(
        `'${params.propertyName}' is geen geldige naam in '${key || subject.nl}'.`,
        `'${params.propertyName}' is not a valid name in '${key || subject.en}'.`,
      );
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      return msg(
        `'${key}' heeft een ongeldige waarde; kies uit: ${allowed.join(', ')}.`,
        `'${key}' has an invalid value; choose one of: ${allowed.join(', ')}.`,
      );
    }
    case 'type': {
      const type = String(params.type);
      const nl: Record<string, string> = {
        integer: 'een geheel getal', number: 'een getal', string: 'tekst', boolean: 'true of false',
        object: 'een object', array: 'een lijst',
      };
      const en: Record<string, string> = {
        integer: 'a whole number', number: 'a number', string: 'text', boolean: 'true or false',
        object: 'an object', array: 'a list',
      };
      return msg(`'${key}' moet ${nl[type] ?? type} zijn.`, `'${key}' must be ${en[type] ?? type}.`);
    }
    case 'minimum':
    case 'maximum': {
      const s = error.parentSchema as { minimum?: number; maximum?: number };
      return msg(
        `'${key}' moet tussen ${s.minimum ?? '…'} en ${s.maximum ?? '…'} liggen.`,
        `'${key}' must lie between ${s.minimum ?? '…'} and ${s.maximum ?? '…'}.`,
      );
    }
    case 'pattern': {
      const description = (error.parentSchema as { description?: string }).description;
      return msg(
        `'${key}' heeft niet de juiste vorm${description ? `: ${description}` : ''}.`,
        `'${key}' does not have the right form${description ? `: ${description}` : ''}.`,
      );
    }
    case 'minLength':
      return msg(`'${key}' mag niet leeg zijn.`, `'${key}' must not be empty.`);
    case 'minItems':
      return msg(`'${key}' moet minstens ${params.limit} element(en) hebben.`, `'${key}' needs at least ${params.limit} item(s).`);
    default:
      return msg(`'${key || subject.nl}' is ongeldig (${error.keyword}).`, `'${key || subject.en}' is invalid (${error.keyword}).`);
  }
}

/** Close enough to be a typo worth suggesting. */
function similar(a: string, b: string): boolean {
  return distance(a.toLowerCase(), b.toLowerCase()) <= Math.max(2, Math.floor(Math.max(a.length, b.length) / 3));
}

/**
 * Reduces ajv's errors to the ones worth telling: `if/then`, `anyOf` and `allOf` wrappers repeat
 * what their branches already said.
 */
export function usefulErrors(errors: ErrorObject[]): ErrorObject[] {
  // A name rejected by `propertyNames` also fails the inner schema (enum, pattern): keep the outer one.
  return errors.filter((e) => !['if', 'anyOf', 'allOf', 'oneOf'].includes(e.keyword) && !e.schemaPath.includes('/propertyNames/'));
}
