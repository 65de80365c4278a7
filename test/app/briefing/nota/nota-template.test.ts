import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { parseBriefingFile, serializeBriefing } from '../../../../app/briefing/file-format';
import { fileVersionOf } from '../../../../app/briefing/file-version';
import { type Briefing, emptyBriefing } from '../../../../app/briefing/model';
import { CLASSIFICATIONS, isListedClassification } from '../../../../app/briefing/nota/classification';
import { notaTemplate } from '../../../../app/briefing/nota/nota-template';
import { BUILT_IN_TEMPLATES, isTemplateFileName, templateDisplayName } from '../../../../app/briefing/nota/template-file';

const headings = (briefing: Briefing) =>
  briefing.body.flatMap((block) =>
    block.type === 'heading' ? [`${block.level} ${block.children.map((c) => (c.type === 'text' ? c.text : '')).join('')}`] : [],
  );

describe('nota templates (issue 19)', () => {
  it('a Beslisnota has its sections in order, the decisions a numbered list, the kind in its properties', () => {
    const nota = notaTemplate('beslisnota');
    expect(nota.properties.notaKind).toBe('beslisnota');
    expect(headings(nota)).toEqual(['1 Beslispunten', '1 Aanleiding', '1 Kernpunten', '1 Toelichting']);
    expect(nota.body[1]).toEqual({ type: 'list', ordered: true, items: [{ children: [] }] });
    expect(nota.body[5]).toMatchObject({ type: 'list', ordered: false });
  });

  it('an Informatienota has no decisions; a Nota voor debat has its expected questions with suggested answers', () => {
    expect(headings(notaTemplate('informatienota'))).toEqual(['1 Aanleiding', '1 Kernpunten', '1 Toelichting']);
    expect(headings(notaTemplate('debatnota'))).toEqual([
      '1 Aanleiding',
      '1 Verwachte vragen',
      '2 Vraag 1',
      '3 Voorgesteld antwoord',
      '2 Vraag 2',
      '3 Voorgesteld antwoord',
      '2 Vraag 3',
      '3 Voorgesteld antwoord',
    ]);
  });

  it('the shipped template files are exactly these briefings serialised (assets/templates)', () => {
    for (const { file, kind } of BUILT_IN_TEMPLATES) {
      const text = readFileSync(join(__dirname, '../../../../assets/templates', file), 'utf8');
      expect(text).toBe(serializeBriefing(notaTemplate(kind)));
      expect(parseBriefingFile(text)).toEqual({ briefing: notaTemplate(kind), notices: [] });
    }
  });
});

describe('version 3: the nota fields', () => {
  it('a briefing with a nota kind, Kopie aan or Bijlagen is written as version 3; without them as before', () => {
    const plain = emptyBriefing();
    expect(fileVersionOf(plain)).toBe(1);
    expect(fileVersionOf({ ...plain, properties: { ...plain.properties, copyTo: 'SG' } })).toBe(3);
    expect(fileVersionOf({ ...plain, properties: { ...plain.properties, attachments: '2' } })).toBe(3);
    expect(fileVersionOf({ ...plain, properties: { ...plain.properties, copyTo: '', attachments: '' } })).toBe(1);
    const nota = notaTemplate('informatienota');
    nota.properties.copyTo = 'pSG, DCO';
    const text = serializeBriefing(nota);
    expect(JSON.parse(text)).toMatchObject({
      version: 3,
      briefing: { version: 3, properties: { notaKind: 'informatienota', copyTo: 'pSG, DCO' } },
    });
    expect(parseBriefingFile(text).briefing).toEqual(nota);
  });

  it('older files (version 1 and 2, no nota fields) keep loading as they are', () => {
    const v1 = serializeBriefing(emptyBriefing());
    expect(JSON.parse(v1).version).toBe(1);
    expect(parseBriefingFile(v1.replace(/"version": 1/g, '"version": 2')).briefing.properties.notaKind).toBeUndefined();
  });

  it('an unknown nota kind is refused, naming the field', () => {
    const text = serializeBriefing(notaTemplate('beslisnota')).replace('"beslisnota"', '"memo"');
    expect(() => parseBriefingFile(text)).toThrow(/notaKind/);
  });
});

describe('classification markings and template file names', () => {
  it('lists the VIR-BI markings; a freely typed marking is not one of them', () => {
    expect(CLASSIFICATIONS).toEqual([
      'Departementaal vertrouwelijk',
      'Staatsgeheim Confidentieel',
      'Staatsgeheim Geheim',
      'Staatsgeheim Zeer Geheim',
    ]);
    expect(isListedClassification('Staatsgeheim Geheim')).toBe(true);
    expect(isListedClassification('Dep. Vertrouwelijk')).toBe(false);
  });

  it('accepts only plain .dossier file names', () => {
    expect(isTemplateFileName('Beslisnota DGIS.dossier')).toBe(true);
    expect(templateDisplayName('Beslisnota DGIS.dossier')).toBe('Beslisnota DGIS');
    for (const bad of ['../x.dossier', 'a/b.dossier', 'a\\b.dossier', '.dossier', '.hidden.dossier', 'x.docx', 'C:x.dossier']) {
      expect(isTemplateFileName(bad), bad).toBe(false);
    }
  });
});
