/** A generated sidecar of `count` entries with every field form (strings, nulls, signatory objects, unknown fields). */
export const largeSidecar = (count: number): { letters: Record<string, unknown>[]; source: string } => ({
  source: 'generated',
  letters: Array.from({ length: count }, (_, i) => ({
    file: `${String(Math.floor(i / 100)).padStart(4, '0')}/${i}.txt`,
    kind: i % 3 === 0 ? 'Kamerbrief' : null,
    date: i % 5 === 0 ? null : `20${String(10 + (i % 15))}-0${1 + (i % 9)}-1${i % 10}`,
    title: i % 7 === 0 ? undefined : `Brief ${i}`,
    zaak: `2025Z${String(i).padStart(5, '0')}`,
    signatories: i % 2 ? [`Minister ${i}, minister van Financiën`] : [{ name: `Staatssecretaris ${i}` }],
    references: i % 4 === 0 ? [`Kamerstuk 36 ${i}, nr. 1`] : null,
    extra: { kept: i },
  })),
});
