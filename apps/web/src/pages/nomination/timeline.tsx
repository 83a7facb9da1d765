import { useQuery } from '@tanstack/react-query';
import { Timeline as AntTimeline, Typography } from 'antd';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { REFRESH_MS } from '../../app/shell';
import { PageError } from '../../components/page-error';
import { formatDateTime } from '../../time/hanoi';

export const timelineKey = (id: string) => ['timeline', id];

/** What happened to the nomination, in plain Vietnamese, oldest first. */
export function Timeline({ nominationId }: { nominationId: string }) {
  const timeline = useQuery({
    queryKey: timelineKey(nominationId),
    queryFn: () => unwrap(api.GET('/api/v1/nominations/{id}/timeline', { params: { path: { id: nominationId } } })),
    refetchInterval: REFRESH_MS,
  });
  return (
    <section aria-labelledby="dien-bien">
      <Typography.Title level={2} id="dien-bien">
        Diễn biến hồ sơ
      </Typography.Title>
      <PageError error={timeline.error} />
      <AntTimeline
        items={(timeline.data ?? []).map((e, i) => ({
          key: `${e.at}-${i}`,
          content: (
            <>
              <div>{e.text}</div>
              <Typography.Text type="secondary">{formatDateTime(e.at)}</Typography.Text>
            </>
          ),
        }))}
      />
    </section>
  );
}
