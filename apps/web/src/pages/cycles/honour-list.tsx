import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Typography } from 'antd';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { download } from '../../api/download';
import { unwrap } from '../../api/errors';
import type { ResponseOf } from '../../api/types';
import { paths } from '../../app/routes';
import { PageError } from '../../components/page-error';
import { ResponsiveTable } from '../../components/responsive-table';
import { WrappingCard } from '../../components/wrapping-card';
import { STATUS_LABELS } from '../../i18n/labels';
import { formatDay } from '../../time/hanoi';

type HonourListAnswer = ResponseOf<'/api/v1/cycles/{code}/honour-list', 'get'>;
type Entry = (HonourListAnswer['honoured'] | HonourListAnswer['recognised'])[number] & { status: string };

/** The honour list the Ministry publishes after the conference: a table on a desk, one card a person on a phone. */
export function HonourList({ cycleCode }: { cycleCode: string }) {
  const { message } = App.useApp();
  const list = useQuery({
    queryKey: ['cycle', cycleCode, 'honour-list'],
    queryFn: () => unwrap(api.GET('/api/v1/cycles/{code}/honour-list', { params: { path: { code: cycleCode } } })),
  });
  const path = `/api/v1/cycles/${encodeURIComponent(cycleCode)}/honour-list?format=csv`;
  return (
    <WrappingCard
      title="Danh sách biểu dương, công nhận"
      extra={
        <Button
          icon={<DownloadOutlined />}
          onClick={() => download(path, `danh-sach-bieu-duong-${cycleCode}.csv`).catch((e: Error) => message.error(e.message))}
        >
          Tải CSV
        </Button>
      }
    >
      <PageError error={list.error} />
      {list.data?.conferenceHeldOn && (
        <Typography.Paragraph>
          Hội nghị biểu dương tổ chức ngày {formatDay(list.data.conferenceHeldOn)}
          {list.data.conferencePlace ? ` tại ${list.data.conferencePlace}` : ''}.
        </Typography.Paragraph>
      )}
      <ResponsiveTable<Entry>
        label="Danh sách biểu dương, công nhận"
        rowKey={(e) => e.nominationId}
        loading={list.isPending}
        rows={[
          ...(list.data?.honoured ?? []).map((e) => ({ ...e, status: 'HONOURED' })),
          ...(list.data?.recognised ?? []).map((e) => ({ ...e, status: 'RECOGNISED' })),
        ]}
        empty="Chưa có danh sách: hội nghị chưa được ghi nhận"
        columns={[
          { key: 'rank', title: 'Thứ tự', width: 80, render: (e) => e.rank ?? '—' },
          {
            key: 'name',
            title: 'Họ và tên / tập thể',
            primary: true,
            render: (e) => <Link to={paths.nomination(e.nominationId)}>{e.nominee.fullName}</Link>,
          },
          { key: 'unit', title: 'Đơn vị', render: (e) => e.unitName },
          { key: 'status', title: 'Hình thức', render: (e) => STATUS_LABELS[e.status] ?? e.status },
          { key: 'decision', title: 'Quyết định số', render: (e) => e.decisionNumber },
          { key: 'certificate', title: 'Số bằng / giấy chứng nhận', render: (e) => e.certificateNumber },
        ]}
      />
    </WrappingCard>
  );
}
