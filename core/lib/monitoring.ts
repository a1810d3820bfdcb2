/**
 * The JavaScript half of elasticache_kit's monitoring: a cache's whole alarm
 * set (every alarm, its actions and the composite "this cache is unhealthy"
 * alarm) and a CloudWatch dashboard, each made by one constructor call.
 *
 * Python decides every alarm (metric, dimensions, statistic, period,
 * threshold, name) and every widget; this side only builds the aws-cdk-lib
 * objects from those plain descriptions, so a cluster with dozens of alarms
 * costs Python one jsii round trip rather than several per alarm.
 *
 * Not a public API: only elasticache_kit's Python classes use it.
 */
import { Duration, Size, SizeRoundingBehavior, Token } from 'aws-cdk-lib';
import {
  Alarm, AlarmRule, AlarmStatusWidget, ComparisonOperator, CompositeAlarm, Dashboard, GraphWidget,
  IAlarm, IAlarmAction, IMetric, IWidget, MathExpression, Metric, TextWidget, TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { ITopic } from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';

const NAMESPACE = 'AWS/ElastiCache';

/** One metric, as Python describes it. */
interface CoreMetricSpec {
  /** Id in a math expression. @default none */
  readonly id?: string;
  readonly metricName: string;
  readonly dimensions: Record<string, string>;
  readonly statistic: string;
  readonly periodSeconds: number;
  /** Legend label. @default CloudWatch's */
  readonly label?: string;
}

/** One alarm, as Python describes it (plain object). */
interface CoreAlarmSpec {
  /** Construct id. */
  readonly id: string;
  readonly alarmName: string;
  readonly description: string;
  /** The metric, or the metrics of ``expression``. */
  readonly metrics: CoreMetricSpec[];
  /** A math expression over ``metrics`` (by id). @default the single metric */
  readonly expression?: string;
  readonly expressionLabel?: string;
  readonly periodSeconds: number;
  /** The threshold; with ``thresholdSize`` a factor of it in GB. */
  readonly threshold: number;
  /** A Size whose amount in GB times ``threshold`` is the threshold. @default none */
  readonly thresholdSize?: Size;
  readonly comparisonOperator: string;
  readonly evaluationPeriods: number;
  readonly datapointsToAlarm: number;
  readonly treatMissingData: string;
}

function metricOf(spec: CoreMetricSpec): Metric {
  return new Metric({
    namespace: NAMESPACE,
    metricName: spec.metricName,
    dimensionsMap: spec.dimensions,
    statistic: spec.statistic,
    period: Duration.seconds(spec.periodSeconds),
    label: spec.label,
  });
}

function alarmMetric(spec: CoreAlarmSpec): IMetric {
  if (spec.expression == null) {
    return metricOf(spec.metrics[0]);
  }
  const usingMetrics: Record<string, IMetric> = {};
  for (const metric of spec.metrics) {
    usingMetrics[metric.id as string] = metricOf(metric);
  }
  return new MathExpression({
    expression: spec.expression,
    usingMetrics,
    label: spec.expressionLabel,
    period: Duration.seconds(spec.periodSeconds),
  });
}

function thresholdOf(spec: CoreAlarmSpec): number {
  if (spec.thresholdSize == null) {
    return spec.threshold;
  }
  const gb = spec.thresholdSize.toGibibytes({ rounding: SizeRoundingBehavior.NONE });
  // ElastiCache Serverless states data storage in GB: 10^9 bytes (alarming early, never late).
  return Token.isUnresolved(gb) ? gb : Math.floor(gb * 1e9 * spec.threshold);
}

/** SNS topics become SnsActions; anything else is an IAlarmAction already. */
function alarmActions(actions: any[] | undefined): IAlarmAction[] {
  return (actions ?? []).map((action) => ('topicArn' in action ? new SnsAction(action as ITopic) : action));
}

/** Alarms one composite alarm rule takes before the set is split into nested composites. */
const COMPOSITE_FAN_IN = 50;

/**
 * A cache's recommended alarms: one Alarm per Python spec, the actions on
 * each, and a composite alarm that is in ALARM when any of them is.
 */
export class CoreAlarmSet extends Construct {
  /** The alarms, in the order of the specs. */
  public readonly alarms: Alarm[];
  /** The composite alarm ("this cache is unhealthy"), unless switched off. */
  public readonly compositeAlarm?: CompositeAlarm;

  /**
   * @param props ``{ alarms: CoreAlarmSpec[], actions?, okActions?, composite?: { alarmName,
   *   description, actions?, okActions? } }`` as a plain object
   */
  constructor(scope: Construct, id: string, props: any) {
    super(scope, id);
    const actions = alarmActions(props.actions);
    const okActions = alarmActions(props.okActions);
    this.alarms = (props.alarms as CoreAlarmSpec[]).map((spec) => {
      const alarm = new Alarm(this, spec.id, {
        alarmName: spec.alarmName,
        alarmDescription: spec.description,
        metric: alarmMetric(spec),
        threshold: thresholdOf(spec),
        comparisonOperator: spec.comparisonOperator as ComparisonOperator,
        evaluationPeriods: spec.evaluationPeriods,
        datapointsToAlarm: spec.datapointsToAlarm,
        treatMissingData: spec.treatMissingData as TreatMissingData,
      });
      if (actions.length > 0) {
        alarm.addAlarmAction(...actions);
      }
      if (okActions.length > 0) {
        alarm.addOkAction(...okActions);
      }
      return alarm;
    });
    const composite = props.composite;
    if (composite != null && this.alarms.length > 0) {
      let children: IAlarm[] = this.alarms;
      if (children.length > COMPOSITE_FAN_IN) {
        // A composite alarm rule is at most 10,240 characters: group the children first.
        const groups: IAlarm[] = [];
        for (let start = 0; start < children.length; start += COMPOSITE_FAN_IN) {
          const part = children.slice(start, start + COMPOSITE_FAN_IN);
          const index = groups.length + 1;
          groups.push(new CompositeAlarm(this, `Unhealthy${index}`, {
            compositeAlarmName: `${composite.alarmName} (part ${index})`,
            alarmDescription: `${composite.description} (alarms ${start + 1}-${start + part.length})`,
            alarmRule: AlarmRule.anyOf(...part),
          }));
        }
        children = groups;
      }
      const unhealthy = new CompositeAlarm(this, 'Unhealthy', {
        compositeAlarmName: composite.alarmName,
        alarmDescription: composite.description,
        alarmRule: AlarmRule.anyOf(...children),
      });
      const compositeActions = alarmActions(composite.actions);
      const compositeOk = alarmActions(composite.okActions);
      if (compositeActions.length > 0) {
        unhealthy.addAlarmAction(...compositeActions);
      }
      if (compositeOk.length > 0) {
        unhealthy.addOkAction(...compositeOk);
      }
      this.compositeAlarm = unhealthy;
    }
  }
}

/** One dashboard widget, as Python describes it. */
interface CoreWidgetSpec {
  /** ``graph``, ``alarms`` or ``text``. */
  readonly type: string;
  readonly title?: string;
  readonly width: number;
  readonly height: number;
  readonly left?: CoreMetricSpec[];
  readonly right?: CoreMetricSpec[];
  readonly leftLabel?: string;
  readonly rightLabel?: string;
  /** Alarms of an ``alarms`` widget. */
  readonly alarms?: IAlarm[];
  /** Markdown of a ``text`` widget. */
  readonly markdown?: string;
}

function widgetOf(spec: CoreWidgetSpec): IWidget {
  if (spec.type === 'text') {
    return new TextWidget({ markdown: spec.markdown ?? '', width: spec.width, height: spec.height });
  }
  if (spec.type === 'alarms') {
    return new AlarmStatusWidget({ title: spec.title, alarms: spec.alarms ?? [], width: spec.width, height: spec.height });
  }
  return new GraphWidget({
    title: spec.title,
    width: spec.width,
    height: spec.height,
    left: (spec.left ?? []).map(metricOf),
    right: (spec.right ?? []).map(metricOf),
    leftYAxis: spec.leftLabel != null ? { label: spec.leftLabel, showUnits: false, min: 0 } : { min: 0 },
    rightYAxis: spec.rightLabel != null ? { label: spec.rightLabel, showUnits: false, min: 0 } : undefined,
  });
}

/** A CloudWatch dashboard of caches: one row of widgets per list of specs. */
export class CoreCacheDashboard extends Dashboard {
  /** @param props ``{ dashboardName?, rows: CoreWidgetSpec[][] }`` as a plain object */
  constructor(scope: Construct, id: string, props: any) {
    super(scope, id, { dashboardName: props.dashboardName ?? undefined });
    for (const row of props.rows as CoreWidgetSpec[][]) {
      this.addWidgets(...row.map(widgetOf));
    }
  }
}
