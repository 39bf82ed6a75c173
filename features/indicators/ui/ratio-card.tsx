import { percent } from "./format";

export function RatioCard(props: {
  code: string;
  name: string;
  definition: string;
  numerator: number;
  denominator: number;
  value: number | null;
  numeratorLabel: string;
  denominatorLabel: string;
}) {
  return (
    <section className="card kpi" aria-label={props.name} data-testid={`kpi-${props.code}`}>
      <div className="muted">
        {props.code} · {props.name}
      </div>
      <div className="value" data-testid="kpi-value">
        {percent(props.value)}
      </div>
      <div className="parts">
        <span title={props.numeratorLabel} data-testid="kpi-numerator">
          {props.numerator}
        </span>{" "}
        /{" "}
        <span title={props.denominatorLabel} data-testid="kpi-denominator">
          {props.denominator}
        </span>
        <span className="muted">
          {" "}
          ({props.numeratorLabel} / {props.denominatorLabel})
        </span>
      </div>
      <p className="muted" style={{ fontSize: "0.85rem", marginBottom: 0 }}>
        {props.definition}
      </p>
    </section>
  );
}
