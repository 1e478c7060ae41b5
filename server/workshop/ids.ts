/** Random werkatelier ids and join codes, from the OS's CSPRNG: a join code is a key to a room. */
import { randomInt } from 'node:crypto';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '../../shared/workshop/api.ts';

const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
const WORKSHOP_ID_LENGTH = 12;

function randomString(alphabet: string, length: number): string {
  let out = '';
  // randomInt is unbiased (rejection sampling), unlike a byte modulo the alphabet size.
  for (let i = 0; i < length; i++) out += alphabet[randomInt(alphabet.length)];
  return out;
}

export function newWorkshopId(): string {
  return randomString(ID_ALPHABET, WORKSHOP_ID_LENGTH);
}

export function newJoinCode(): string {
  return randomString(JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH);
}

export function newParticipantId(): string {
  return `d-${randomString(ID_ALPHABET, 16)}`;
}
