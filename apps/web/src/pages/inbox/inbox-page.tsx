import { useQuery } from '@tanstack/react-query';
import { Alert, Empty, Grid, List, Select, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import type { Task } from '../../api/types';
import { paths } from '../../app/routes';
import { REFRESH_MS } from '../../app/shell';
import { TASK_LABELS } from '../../i18n/labels';
import { formatDateTime } from '../../time/hanoi';

const byDue = (a: Task, b: Task) => (a.dueAt ?? '9999').localeCompare(b.dueAt ?? '9999');

/** Where a task leads and how the inbox names it: a dossier, a council session's ballot sheet, or a proposal. */
function subjectOf(t: Task): { to: string; title: string; unit: string } {
  if (t.session && t.sessionId)
    return { to: paths.session(t.sessionId), title: `${t.session.title} (${t.session.candidates} người/tập thể)`, unit: '—' };
  if (t.proposal && t.proposalId)
    return {
      to: paths.proposal(t.proposalId),
      title: `Tờ trình đề nghị công nhận ${t.proposal.entries} người/tập thể`,
      unit: 'Cơ quan thường trực',
    };
  return {
    to: paths.nomination(t.nominationId ?? ''),
    title: t.nomination?.nomineeName ?? '',
    unit: t.nomination?.unitName ?? t.nomination?.unitCode ?? '—',
  };
}

function TaskBadges({ task }: { task: Task }) {
  return (
    <Space size={4} wrap>
      {task.overdue && <Tag color="red">Quá hạn</Tag>}
      {task.escalated && <Tag color="volcano">Đã báo Cơ quan thường trực</Tag>}
      {!task.overdue && task.remindedAt && <Tag color="gold">Đã nhắc hạn</Tag>}
    </Space>
  );
}

/** "Việc cần xử lý": the caller's open tasks, soonest due first, refreshed by itself. */
export default function InboxPage() {
  const [cycle, setCycle] = useState<string>();
  const [kind, setKind] = useState<string>();
  const narrow = !Grid.useBreakpoint().md;
  const tasks = useQuery({
    queryKey: ['tasks'],
    queryFn: () => unwrap(api.GET('/api/v1/tasks')),
    refetchInterval: REFRESH_MS,
  });
  const all = useMemo(() => [...(tasks.data ?? [])].sort(byDue), [tasks.data]);
  const cycles = [...new Set(all.map((t) => t.cycleCode))];
  const shown = all.filter((t) => (!cycle || t.cycleCode === cycle) && (!kind || t.type === kind));

  return (
    <>
      <Typography.Title level={1}>Việc cần xử lý</Typography.Title>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder="Tất cả đợt xét chọn"
          aria-label="Lọc theo đợt xét chọn"
          style={{ minWidth: 220 }}
          value={cycle}
          onChange={setCycle}
          options={cycles.map((c) => ({ value: c, label: c }))}
        />
        <Select
          allowClear
          placeholder="Tất cả loại việc"
          aria-label="Lọc theo loại việc"
          style={{ minWidth: 240 }}
          value={kind}
          onChange={setKind}
          options={Object.entries(TASK_LABELS).map(([value, label]) => ({ value, label }))}
        />
        <Typography.Text type="secondary" aria-live="polite">
          {tasks.isSuccess ? `${shown.length} việc` : ''}
        </Typography.Text>
      </Space>
      {tasks.isError && <Alert type="error" showIcon title={tasks.error.message} />}
      {narrow ? (
        <List
          loading={tasks.isPending}
          dataSource={shown}
          locale={{ emptyText: <Empty description="Không có việc nào đang chờ bạn" /> }}
          renderItem={(t) => (
            <List.Item>
              <List.Item.Meta
                title={<Link to={subjectOf(t).to}>{subjectOf(t).title}</Link>}
                description={
                  <>
                    <div>{TASK_LABELS[t.type] ?? t.type}</div>
                    <div>
                      {t.nomination ? `${subjectOf(t).unit} · ` : ''}
                      {t.cycleCode}
                    </div>
                    <div>Hạn: {formatDateTime(t.dueAt)}</div>
                    <TaskBadges task={t} />
                  </>
                }
              />
            </List.Item>
          )}
        />
      ) : (
        <Table<Task>
          rowKey="id"
          loading={tasks.isPending}
          dataSource={shown}
          pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
          locale={{ emptyText: <Empty description="Không có việc nào đang chờ bạn" /> }}
          columns={[
            { title: 'Loại việc', dataIndex: 'type', render: (type: string) => TASK_LABELS[type] ?? type },
            {
              title: 'Hồ sơ / phiên họp / tờ trình',
              key: 'subject',
              render: (_, t) => <Link to={subjectOf(t).to}>{subjectOf(t).title}</Link>,
            },
            { title: 'Đơn vị', key: 'unit', render: (_, t) => subjectOf(t).unit },
            { title: 'Đợt xét chọn', key: 'cycle', render: (_, t) => t.cycleCode },
            {
              title: 'Hạn xử lý',
              dataIndex: 'dueAt',
              defaultSortOrder: 'ascend',
              sorter: byDue,
              render: (due: string | null) => formatDateTime(due),
            },
            { title: 'Tình trạng', key: 'badges', render: (_, t) => <TaskBadges task={t} /> },
          ]}
        />
      )}
    </>
  );
}
