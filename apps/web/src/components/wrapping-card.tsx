import { Card, type CardProps } from 'antd';

/** A card whose title wraps instead of being cut off with "…": long Vietnamese titles stay whole on a phone. */
export function WrappingCard(props: Omit<CardProps, 'styles'>) {
  return <Card {...props} styles={{ title: { whiteSpace: 'normal' } }} />;
}
