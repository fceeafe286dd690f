import { THRESHOLD_RULES } from '../../model/thresholds.ts';
import { ToneIcon } from '../ui/tone-icon.tsx';

/** The alerting rule, stated where the colours are used. */
export function ThresholdLegend() {
  return (
    <details className="threshold-legend">
      <summary>Thresholds</summary>
      <ul>
        {THRESHOLD_RULES.map((rule) => (
          <li key={rule.metric}>{rule.text}</li>
        ))}
        <li>
          <ToneIcon tone="warning" size={12} /> warning · <ToneIcon tone="critical" size={12} />{' '}
          critical · <ToneIcon tone="ok" size={12} /> ok · <ToneIcon tone="unknown" size={12} />{' '}
          unknown
        </li>
      </ul>
    </details>
  );
}
