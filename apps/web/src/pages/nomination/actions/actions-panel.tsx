import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, Space, Typography } from 'antd';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import type { Nomination, Task } from '../../../api/types';
import { REFRESH_MS } from '../../../app/shell';
import { hasRole, useMe } from '../../../auth/session';
import { useConfirm } from '../../../components/confirm';
import { TASK_LABELS } from '../../../i18n/labels';
import { BallotForm } from './ballot-form';
import { BlockReviewForm } from './block-review-form';
import { ChangeTargetsFields } from './change-targets';
import { DraftCard, EditDossierAction, RequiredDocuments } from './draft-card';
import { UploadDocumentAction } from './upload-document';
import { MinisterForm } from './minister-form';
import { ReasonedAction } from './reasoned-action';
import { RevokeAction } from './revoke-action';
import { RevisionForm } from './revision-form';
import { useNominationAction } from './use-nomination-action';

/** A unit may withdraw until the minister decides (the API refuses once his decision names the dossier). */
const WITHDRAWABLE = ['BLOCK_REVIEW', 'REVISION', 'COUNCIL_VOTE', 'MINISTER_DECISION'];

/** What withdrawing does, said before the unit confirms; a dossier on a proposal leaves it first. */
function withdrawalConsequences(n: Nomination): string {
  const always = 'Hồ sơ sẽ dừng xét chọn, mọi việc đang mở được hủy và khối, Hội đồng được thông báo. Không thể hoàn tác.';
  if (!n.proposalId) return always;
  return `${always} Hồ sơ đang có trong tờ trình trình Bộ trưởng và sẽ được rút khỏi tờ trình; nếu Bộ trưởng đã ký (hoặc đang ký) quyết định có hồ sơ này thì không rút được nữa.`;
}

function TaskForm({ task, nomination }: { task: Task; nomination: Nomination }) {
  switch (task.type) {
    case 'BLOCK_REVIEW':
      return <BlockReviewForm task={task} nomination={nomination} />;
    case 'REVISION':
      return <RevisionForm task={task} nomination={nomination} />;
    case 'COUNCIL_BALLOT':
      return <BallotForm task={task} nomination={nomination} />;
    case 'MINISTER_DECISION':
      return <MinisterForm task={task} nomination={nomination} />;
    default:
      return null;
  }
}

/** Beside the dossier: the caller's open task on it, and what their role may do to it. */
export function ActionsPanel({ nomination: n }: { nomination: Nomination }) {
  const { me } = useMe();
  const confirm = useConfirm();
  const { message } = App.useApp();
  const tasks = useQuery({
    queryKey: ['tasks', n.id],
    queryFn: () => unwrap(api.GET('/api/v1/tasks', { params: { query: { nominationId: n.id } } })),
    refetchInterval: REFRESH_MS,
  });
  const timeline = useQuery({
    queryKey: ['timeline', n.id],
    queryFn: () => unwrap(api.GET('/api/v1/nominations/{id}/timeline', { params: { path: { id: n.id } } })),
  });
  const closeVote = useNominationAction(
    n.id,
    () => unwrap(api.POST('/api/v1/nominations/{id}/council-vote/close', { params: { path: { id: n.id } } })),
    'Đã kết thúc bỏ phiếu.',
  );
  const mine = tasks.data ?? [];
  const voted = (timeline.data ?? []).some((e) => e.type === 'BallotCast' && e.actor?.username === me?.username);
  const ownUnit = hasRole(me, 'UNIT_OFFICER') && me?.unit?.code === n.unitCode;
  const open = n.status === 'IN_PROGRESS';

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      {mine.map((task) => (
        <Card key={task.id} title={TASK_LABELS[task.type] ?? task.type}>
          <TaskForm task={task} nomination={n} />
        </Card>
      ))}
      {voted && !mine.some((t) => t.type === 'COUNCIL_BALLOT') && (
        <Alert type="success" showIcon title="Bạn đã bỏ phiếu" description="Phiếu đã được ghi nhận và giữ kín; không thể sửa." />
      )}
      {ownUnit && open && n.stage === 'DRAFT' && <DraftCard nomination={n} />}
      {ownUnit && open && n.stage === 'REVISION' && (
        <Card title="Sửa hồ sơ">
          <Typography.Paragraph>
            Đơn vị sửa hồ sơ theo yêu cầu {n.returnedFrom ? 'của Thường trực Hội đồng' : 'của khối'}, rồi nộp lại ở mục bổ sung hồ sơ.
          </Typography.Paragraph>
          <RequiredDocuments nomination={n} editable />
          <Space wrap>
            <EditDossierAction nomination={n} />
            <UploadDocumentAction nomination={n} label="Tải tài liệu khác" />
          </Space>
        </Card>
      )}
      {ownUnit && open && WITHDRAWABLE.includes(n.stage) && (
        <Card title="Rút hồ sơ">
          <Typography.Paragraph>Đơn vị có thể rút hồ sơ trước khi Bộ trưởng quyết định.</Typography.Paragraph>
          <ReasonedAction
            nomination={n}
            label="Rút hồ sơ"
            consequences={withdrawalConsequences(n)}
            reasonRequired={false}
            run={(reason) => unwrap(api.POST('/api/v1/nominations/{id}/withdraw', { params: { path: { id: n.id } }, body: { reason } }))}
            done="Đơn vị đã rút hồ sơ."
          />
        </Card>
      )}
      {hasRole(me, 'MINISTER', 'DEPUTY_MINISTER') && (n.status === 'HONOURED' || n.status === 'RECOGNISED') && (
        <Card title="Hủy bỏ quyết định">
          <RevokeAction nomination={n} />
        </Card>
      )}
      {hasRole(me, 'STANDING_OFFICE') && open && n.stage === 'COUNCIL_VOTE' && n.councilMembers === null && !n.councilSessionId && (
        <Card title="Thẩm định hồ sơ">
          <Typography.Paragraph>
            Hồ sơ đã được khối đồng ý và đang chờ phiên họp của Hội đồng. Nếu hồ sơ chưa đầy đủ, Thường trực Hội đồng trả lại để đơn vị bổ
            sung.
          </Typography.Paragraph>
          <ReasonedAction
            nomination={n}
            label="Trả lại để bổ sung"
            consequences={`Hồ sơ trở về đơn vị (lần bổ sung thứ ${n.changeRounds + 1}, tối đa ${n.rules.maxChangeRounds} lần); đơn vị có ${n.targets.revisionDays} ngày để sửa và gửi lại. Khi đơn vị gửi lại, hồ sơ trở về danh sách chờ phiên họp.`}
            reasonRequired
            run={(reason, dialog) => {
              // The ticks of ChangeTargetsFields: lists, in a dialog whose other fields are text.
              const values = dialog as { fields?: string[]; documents?: string[] };
              return unwrap(
                api.POST('/api/v1/nominations/{id}/return-for-changes', {
                  params: { path: { id: n.id } },
                  body: { reason: reason ?? '', fields: values.fields ?? [], documents: values.documents ?? [] },
                }),
              );
            }}
            done="Đã trả lại hồ sơ để đơn vị bổ sung."
          >
            <ChangeTargetsFields nomination={n} />
          </ReasonedAction>
        </Card>
      )}
      {hasRole(me, 'STANDING_OFFICE') && open && n.stage === 'COUNCIL_VOTE' && n.councilMembers !== null && (
        <Card title="Bỏ phiếu của Hội đồng">
          <Typography.Paragraph>
            Đã có {n.ballotsCast}/{n.councilMembers} thành viên bỏ phiếu.
          </Typography.Paragraph>
          <Button
            danger
            loading={closeVote.isPending}
            onClick={async () => {
              const ok = await confirm({
                title: 'Kết thúc bỏ phiếu ngay?',
                content: `Chỉ ${n.ballotsCast}/${n.councilMembers} thành viên đã bỏ phiếu. Phiếu được kiểm ngay; thành viên chưa bỏ phiếu không thể bỏ nữa. Không thể hoàn tác.`,
                okText: 'Kết thúc bỏ phiếu',
                danger: true,
              });
              if (ok) closeVote.mutate(undefined, { onError: (err) => void message.error(err.message) });
            }}
          >
            Kết thúc bỏ phiếu sớm
          </Button>
        </Card>
      )}
      {!mine.length && !voted && !ownUnit && (
        <Typography.Text type="secondary">Bạn không có việc cần xử lý trên hồ sơ này.</Typography.Text>
      )}
    </Space>
  );
}
