import { useQuery } from '@tanstack/react-query';
import { Alert, Typography } from 'antd';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { useOrganisation } from '../../api/organisation';
import type { CouncilMember, Cycle } from '../../api/types';
import { PageError } from '../../components/page-error';
import { ResponsiveTable } from '../../components/responsive-table';
import { WrappingCard } from '../../components/wrapping-card';
import { COUNCIL_ROLE_LABELS } from '../../i18n/session-labels';
import { councilSize } from '../sessions/quorum';
import { EditCouncilButton } from './edit-council';

/** Who sits on the cycle's council (chair, secretary, members); the standing office and the admin change it here. */
export function CouncilMembersCard({ cycle, canEdit }: { cycle: Cycle; canEdit: boolean }) {
  const { unitName } = useOrganisation();
  const council = useQuery({
    queryKey: ['council', cycle.code],
    queryFn: () => unwrap(api.GET('/api/v1/cycles/{code}/council', { params: { path: { code: cycle.code } } })),
  });
  const sessions = useQuery({
    queryKey: ['council-sessions', cycle.code],
    queryFn: () => unwrap(api.GET('/api/v1/cycles/{code}/council-sessions', { params: { path: { code: cycle.code } } })),
  });
  const voting = (sessions.data ?? []).filter((s) => s.status === 'VOTING');
  const members = council.data ?? [];

  return (
    <WrappingCard
      title="Thành viên Hội đồng"
      extra={canEdit && council.data ? <EditCouncilButton cycle={cycle} members={members} votingSessions={voting} /> : null}
    >
      {council.isError ? (
        <PageError error={council.error} />
      ) : (
        <>
          <Typography.Paragraph>
            {council.data
              ? `${councilSize(members.length)} (hai phần ba số thành viên phải bỏ phiếu để phiên họp có kết quả).`
              : 'Đang tải…'}
          </Typography.Paragraph>
          {canEdit && voting.length > 0 && (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 12 }}
              title={`Đang bỏ phiếu: ${voting.map((s) => s.title).join('; ')}. Phiên họp đã mở giữ nguyên thành viên có tên khi mở; danh sách thay đổi ở đây áp dụng cho các phiên họp mở sau.`}
            />
          )}
          <ResponsiveTable<CouncilMember>
            label="Danh sách thành viên Hội đồng của đợt"
            rows={members}
            rowKey={(m) => m.username}
            loading={council.isPending}
            empty="Chưa có thành viên nào"
            columns={[
              { key: 'no', title: 'STT', width: 56, align: 'right', deskOnly: true, render: (_, i) => i + 1 },
              { key: 'name', title: 'Họ và tên', primary: true, render: (m) => m.fullName },
              { key: 'unit', title: 'Đơn vị công tác', render: (m) => (m.unitCode ? unitName(m.unitCode) : '—') },
              { key: 'role', title: 'Trong Hội đồng', width: 150, render: (m) => COUNCIL_ROLE_LABELS[m.councilRole] ?? m.councilRole },
            ]}
          />
        </>
      )}
    </WrappingCard>
  );
}
