import { Checkbox, Form } from 'antd';
import type { Nomination } from '../../../api/types';

/** The dossier's fields a reviewer may name when asking for changes (the API's keys, in Vietnamese). */
export const DOSSIER_FIELDS: Record<string, string> = {
  'nominee.fullName': 'Họ và tên',
  'nominee.dateOfBirth': 'Ngày sinh',
  'nominee.position': 'Chức vụ',
  'nominee.field': 'Lĩnh vực',
  'nominee.remoteArea': 'Công tác ở vùng sâu, vùng xa, biên giới, hải đảo',
  'nominee.continuousYears': 'Số năm liên tục đạt danh hiệu thi đua',
  achievements: 'Thành tích',
  initiatives: 'Sáng kiến',
};

/** The kinds of document a change request may name: the dossier's, and those the cycle requires. */
export function documentKinds(n: Nomination): { value: string; label: string }[] {
  const kinds = new Map<string, string>();
  for (const d of n.documents) kinds.set(d.kind, d.title);
  for (const d of n.rules.requiredDocuments ?? []) if (!kinds.has(d.kind)) kinds.set(d.kind, d.title);
  return [...kinds].map(([value, label]) => ({ value, label }));
}

/** "Thành tích; Báo cáo thành tích": what a change request named. */
export function changeTargetsText(n: Nomination, fields: string[] = [], documents: string[] = []): string {
  const kinds = new Map(documentKinds(n).map((k) => [k.value, k.label]));
  return [...fields.map((f) => DOSSIER_FIELDS[f] ?? f), ...documents.map((k) => kinds.get(k) ?? k)].join('; ');
}

/** Ticks for what to change, inside a form: its fields `fields` and `documents`. */
export function ChangeTargetsFields({ nomination }: { nomination: Nomination }) {
  const kinds = documentKinds(nomination);
  return (
    <>
      <Form.Item label="Mục cần sửa (nếu có)" name="fields">
        <Checkbox.Group options={Object.entries(DOSSIER_FIELDS).map(([value, label]) => ({ value, label }))} />
      </Form.Item>
      {kinds.length > 0 && (
        <Form.Item label="Tài liệu cần bổ sung hoặc thay (nếu có)" name="documents">
          <Checkbox.Group options={kinds} />
        </Form.Item>
      )}
    </>
  );
}
