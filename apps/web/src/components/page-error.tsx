import { Alert } from 'antd';

export function PageError({ error }: { error: Error | null }) {
  return error ? <Alert type="error" showIcon title={error.message} role="alert" /> : null;
}
