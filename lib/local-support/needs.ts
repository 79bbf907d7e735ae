/**
 * The kinds of help a service gives: one shared list, the same concerns
 * /find-support is organised by. Service files name needs by id; the need
 * pages (/local-support/need/<id>) and the filters use the labels.
 * The format is agreed in docs/editing-local-support.md: ids never change
 * once published, because printed handouts link to their pages.
 */
export const needs = [
  { id: 'tiredness', label: 'Tiredness and fatigue' },
  { id: 'eating', label: 'Eating and drinking' },
  { id: 'being-active', label: 'Being active' },
  { id: 'feelings', label: 'Feelings, worry and low mood' },
  { id: 'money-and-work', label: 'Money, benefits and work' },
  { id: 'practical-help', label: 'Practical help' },
  { id: 'carers', label: 'Support for carers and family' },
  { id: 'physical-effects', label: 'Physical effects, such as lymphoedema' },
  { id: 'information', label: 'Information and advice' },
  { id: 'peer-support', label: 'Talking to people who have been through it' },
  { id: 'relationships', label: 'Sex, body image and relationships' },
] as const;

export type NeedId = (typeof needs)[number]['id'];
export type Need = (typeof needs)[number];

export const needIds = needs.map((need) => need.id) as unknown as readonly [NeedId, ...NeedId[]];

export function isNeedId(value: unknown): value is NeedId {
  return typeof value === 'string' && (needIds as readonly string[]).includes(value);
}

export function needLabel(id: NeedId): string {
  return needs.find((need) => need.id === id)!.label;
}
