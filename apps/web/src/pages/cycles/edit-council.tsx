import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Col, Form, Modal, Row, Select, Spin, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import type { CouncilMember, CouncilSession, Cycle, NameCouncilBody } from '../../api/types';
import { showApiError } from '../../components/api-form';
import { useConfirm } from '../../components/confirm';
import { insideTheDialog } from '../../components/inside-the-dialog';
import { PageError } from '../../components/page-error';
import { councilSize } from '../sessions/quorum';
import { bodyOf, changesOf, draftOf, onFormFields, type CouncilDraft } from './council-changes';
import { CouncilMemberList } from './council-member-list';

const WHEN_IT_APPLIES =
  'Danh sách mới áp dụng cho các phiên họp mở bỏ phiếu sau khi lưu; phiên họp đã mở giữ nguyên thành viên có tên khi mở.';

interface Props {
  cycle: Cycle;
  members: CouncilMember[];
  /** Sessions voting now: they keep the council they opened with. */
  votingSessions: CouncilSession[];
}

/** Thay đổi thành viên: the standing office names the council anew (members, one chair, one secretary) and confirms who is added and taken off. */
export function EditCouncilButton({ cycle, members, votingSessions }: Props) {
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<CouncilDraft>();
  const [error, setError] = useState<string | null>(null);
  const confirm = useConfirm();
  const client = useQueryClient();
  const { message } = App.useApp();
  const candidates = useQuery({
    queryKey: ['council', cycle.code, 'candidates'],
    queryFn: () => unwrap(api.GET('/api/v1/cycles/{code}/council/candidates', { params: { path: { code: cycle.code } } })),
    enabled: open,
  });
  const save = useMutation({
    mutationFn: (body: NameCouncilBody) =>
      unwrap(api.PUT('/api/v1/cycles/{code}/council', { params: { path: { code: cycle.code } }, body })),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['council', cycle.code] });
      setOpen(false);
      void message.success('Đã lưu danh sách thành viên Hội đồng của đợt.');
    },
  });
  const before = draftOf(members);
  const chosen = Form.useWatch('members', form) ?? [];
  const chair = Form.useWatch('chair', form);
  const secretary = Form.useWatch('secretary', form);
  const names = new Map([...(candidates.data ?? []), ...members].map((p) => [p.username, p.fullName]));
  const nameOf = (u: string | undefined) => (u ? (names.get(u) ?? u) : '—');

  async function send(after: CouncilDraft) {
    setError(null);
    const change = changesOf(before, after);
    if (!change.any) {
      setError('Danh sách chưa có thay đổi nào.');
      return;
    }
    const role = (label: string, was: string | undefined, is: string | undefined, changed: boolean) => (
      <li>
        {label}:{' '}
        {changed ? (
          <>
            {nameOf(was)} → <b>{nameOf(is)}</b>
          </>
        ) : (
          `${nameOf(is)} (không đổi)`
        )}
      </li>
    );
    const ok = await confirm({
      title: 'Lưu danh sách thành viên Hội đồng?',
      content: (
        <>
          <ul>
            {change.added.length > 0 && (
              <li>
                Thêm vào Hội đồng: <b>{change.added.map(nameOf).join(', ')}</b>
              </li>
            )}
            {change.removed.length > 0 && (
              <li>
                Bỏ khỏi Hội đồng: <b>{change.removed.map(nameOf).join(', ')}</b>
              </li>
            )}
            {role('Chủ tịch Hội đồng', before.chair, after.chair, change.chairChanged)}
            {role('Thư ký Hội đồng', before.secretary, after.secretary, change.secretaryChanged)}
            <li>Sau khi lưu: {councilSize(after.members.length)}.</li>
          </ul>
          <p>{WHEN_IT_APPLIES}</p>
        </>
      ),
      okText: 'Lưu danh sách',
    });
    if (ok) save.mutate(bodyOf(after), { onError: (err) => setError(showApiError(form, onFormFields(err))) });
  }

  /** Someone taken off the list no longer chairs or takes the minutes. */
  function keepRolesOnTheList(changed: Partial<CouncilDraft>, all: CouncilDraft) {
    if (!changed.members) return;
    for (const field of ['chair', 'secretary'] as const) {
      if (all[field] && !all.members.includes(all[field])) form.setFieldValue(field, undefined);
    }
  }

  const options = chosen.map((u) => ({ value: u, label: nameOf(u) }));
  return (
    <>
      <Button onClick={() => setOpen(true)}>Thay đổi thành viên</Button>
      <Modal
        open={open}
        title="Thay đổi thành viên Hội đồng"
        okText="Xem lại thay đổi"
        cancelText="Hủy"
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okButtonProps={{ loading: save.isPending, disabled: !candidates.data }}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">
          Chọn những người có tên trong Hội đồng của đợt, một Chủ tịch Hội đồng và một Thư ký Hội đồng. {WHEN_IT_APPLIES}
        </Typography.Paragraph>
        {votingSessions.length > 0 && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            title={`Đang bỏ phiếu: ${votingSessions.map((s) => s.title).join('; ')}. Thay đổi ở đây không áp dụng cho phiên họp đó.`}
          />
        )}
        {candidates.isError ? (
          <PageError error={candidates.error} />
        ) : !candidates.data ? (
          <Spin tip="Đang tải…" />
        ) : (
          <Form<CouncilDraft> form={form} layout="vertical" onFinish={send} initialValues={before} onValuesChange={keepRolesOnTheList}>
            <Row gutter={16}>
              <Col xs={24} sm={12}>
                <Form.Item label="Chủ tịch Hội đồng" name="chair" rules={[{ required: true, message: 'Vui lòng chọn Chủ tịch Hội đồng' }]}>
                  <Select options={options} placeholder="Chọn trong số thành viên" getPopupContainer={insideTheDialog} />
                </Form.Item>
              </Col>
              <Col xs={24} sm={12}>
                <Form.Item
                  label="Thư ký Hội đồng"
                  name="secretary"
                  dependencies={['chair']}
                  rules={[
                    { required: true, message: 'Vui lòng chọn Thư ký Hội đồng' },
                    ({ getFieldValue }) => ({
                      validator: (_, v: string | undefined) =>
                        v && v === getFieldValue('chair')
                          ? Promise.reject(new Error('Thư ký Hội đồng phải là người khác Chủ tịch Hội đồng'))
                          : Promise.resolve(),
                    }),
                  ]}
                >
                  <Select options={options} placeholder="Chọn trong số thành viên" getPopupContainer={insideTheDialog} />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item
              name="members"
              rules={[
                {
                  validator: (_, v: string[] | undefined) =>
                    (v?.length ?? 0) >= 3 ? Promise.resolve() : Promise.reject(new Error('Hội đồng cần ít nhất 3 thành viên')),
                },
              ]}
            >
              <CouncilMemberList candidates={candidates.data} chair={chair} secretary={secretary} />
            </Form.Item>
          </Form>
        )}
        {error && <Alert type="error" showIcon title={error} role="alert" />}
      </Modal>
    </>
  );
}
