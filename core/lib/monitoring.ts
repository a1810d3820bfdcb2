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
import { checkedList, checkedProps, KeyList } from './private';

const NAMESPACE = 'AWS/ElastiCache';

/** One metric, as Python describes it. */
export interface CoreMetricSpec {
  /** Id in a math expression. @default none */
  readonly id?: string;
  /** The metric's name (namespace AWS/ElastiCache). */
  readonly metricName: string;
  /** Its dimensions. */
  readonly dimensions: { [name: string]: string };
  /** The statistic (``Average``, ``p99``...). */
  readonly statistic: string;
  /** The period in seconds. */
  readonly periodSeconds: number;
  /** Legend label. @default CloudWatch's */
  readonly label?: string;
}

const CORE_METRIC_SPEC_KEYS: KeyList<CoreMetricSpec> = {
  id: true, metricName: true, dimensions: true, statistic: true, periodSeconds: true, label: true,
};

/** One alarm, as Python describes it (plain object). */
export interface CoreAlarmSpec {
  /** Construct id. */
  readonly id: string;
  /** The alarm's name. */
  readonly alarmName: string;
  /** The alarm's description. */
  readonly description: string;
  /** The metric, or the metrics of ``expression``. */
  readonly metrics: CoreMetricSpec[];
  /** A math expression over ``metrics`` (by id). @default the single metric */
  readonly expression?: string;
  /** The expression's label. @default none */
  readonly expressionLabel?: string;
  /** The period in seconds. */
  readonly periodSeconds: number;
  /** The threshold; with ``thresholdSize`` a factor of it in GB. */
  readonly threshold: number;
  /** A Size whose amount in GB times ``threshold`` is the threshold. @default none */
  readonly thresholdSize?: Size;
  /** A cloudwatch.ComparisonOperator value. */
  readonly comparisonOperator: string;
  /** Periods evaluated. */
  readonly evaluationPeriods: number;
  /** Breaching datapoints that raise the alarm. */
  readonly datapointsToAlarm: number;
  /** A cloudwatch.TreatMissingData value. */
  readonly treatMissingData: string;
}

const CORE_ALARM_SPEC_KEYS: KeyList<CoreAlarmSpec> = {
  id: true, alarmName: true, description: true, metrics: true, expression: true, expressionLabel: true,
  periodSeconds: true, threshold: true, thresholdSize: true, comparisonOperator: true, evaluationPeriods: true,
  datapointsToAlarm: true, treatMissingData: true,
};

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
    return metricOf(checkedProps(spec.metrics[0], CORE_METRIC_SPEC_KEYS, 'CoreMetricSpec'));
  }
  const usingMetrics: Record<string, IMetric> = {};
  for (const metric of checkedList(spec.metrics, CORE_METRIC_SPEC_KEYS, 'CoreMetricSpec') ?? []) {
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

/** The composite alarm of a {@link CoreAlarmSet}. */
export interface CoreCompositeAlarmSpec {
  /** The composite alarm's name. */
  readonly alarmName: string;
  /** Its description. */
  readonly description: string;
  /** Its alarm actions (SNS topics or IAlarmActions). @default none */
  readonly actions?: any[];
  /** Its OK actions (SNS topics or IAlarmActions). @default none */
  readonly okActions?: any[];
}

const CORE_COMPOSITE_ALARM_SPEC_KEYS: KeyList<CoreCompositeAlarmSpec> = {
  alarmName: true, description: true, actions: true, okActions: true,
};

/** Inputs of {@link CoreAlarmSet}. */
export interface CoreAlarmSetProps {
  /** The alarms, in creation order. */
  readonly alarms: CoreAlarmSpec[];
  /** Alarm actions of every alarm (SNS topics or IAlarmActions). @default none */
  readonly actions?: any[];
  /** OK actions of every alarm (SNS topics or IAlarmActions). @default none */
  readonly okActions?: any[];
  /** The composite "unhealthy" alarm. @default none */
  readonly composite?: CoreCompositeAlarmSpec;
}

const CORE_ALARM_SET_KEYS: KeyList<CoreAlarmSetProps> = { alarms: true, actions: true, okActions: true, composite: true };

/**
 * A cache's recommended alarms: one Alarm per Python spec, the actions on
 * each, and a composite alarm that is in ALARM when any of them is.
 */
export class CoreAlarmSet extends Construct {
  /** The alarms, in the order of the specs. */
  public readonly alarms: Alarm[];
  /** The composite alarm ("this cache is unhealthy"), unless switched off. */
  public readonly compositeAlarm?: CompositeAlarm;

  /** @param props a {@link CoreAlarmSetProps} as a plain object */
  constructor(scope: Construct, id: string, props: unknown) {
    const p = checkedProps(props, CORE_ALARM_SET_KEYS, 'CoreAlarmSet');
    const specs = checkedList(p.alarms, CORE_ALARM_SPEC_KEYS, 'CoreAlarmSpec') ?? [];
    const composite = p.composite == null
      ? undefined : checkedProps(p.composite, CORE_COMPOSITE_ALARM_SPEC_KEYS, 'CoreCompositeAlarmSpec');
    super(scope, id);
    const actions = alarmActions(p.actions);
    const okActions = alarmActions(p.okActions);
    this.alarms = specs.map((spec) => {
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
export interface CoreWidgetSpec {
  /** ``graph``, ``alarms`` or ``text``. */
  readonly type: string;
  /** The widget's title. @default none */
  readonly title?: string;
  /** Width in grid units (of 24). */
  readonly width: number;
  /** Height in grid units. */
  readonly height: number;
  /** Metrics on the left axis of a ``graph``. @default none */
  readonly left?: CoreMetricSpec[];
  /** Metrics on the right axis of a ``graph``. @default none */
  readonly right?: CoreMetricSpec[];
  /** Label of the left axis. @default none */
  readonly leftLabel?: string;
  /** Label of the right axis. @default none */
  readonly rightLabel?: string;
  /** Alarms of an ``alarms`` widget. @default none */
  readonly alarms?: IAlarm[];
  /** Markdown of a ``text`` widget. @default none */
  readonly markdown?: string;
}

const CORE_WIDGET_SPEC_KEYS: KeyList<CoreWidgetSpec> = {
  type: true, title: true, width: true, height: true, left: true, right: true, leftLabel: true, rightLabel: true,
  alarms: true, markdown: true,
};

/** Inputs of {@link CoreCacheDashboard}. */
export interface CoreCacheDashboardProps {
  /** The dashboard's name. @default generated by CloudFormation */
  readonly dashboardName?: string;
  /** The rows of widgets, top to bottom. */
  readonly rows: CoreWidgetSpec[][];
}

const CORE_CACHE_DASHBOARD_KEYS: KeyList<CoreCacheDashboardProps> = { dashboardName: true, rows: true };

function metricsOf(specs: CoreMetricSpec[] | undefined): Metric[] {
  return (checkedList(specs, CORE_METRIC_SPEC_KEYS, 'CoreMetricSpec') ?? []).map(metricOf);
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
    left: metricsOf(spec.left),
    right: metricsOf(spec.right),
    leftYAxis: spec.leftLabel != null ? { label: spec.leftLabel, showUnits: false, min: 0 } : { min: 0 },
    rightYAxis: spec.rightLabel != null ? { label: spec.rightLabel, showUnits: false, min: 0 } : undefined,
  });
}

/** A CloudWatch dashboard of caches: one row of widgets per list of specs. */
export class CoreCacheDashboard extends Dashboard {
  /** @param props a {@link CoreCacheDashboardProps} as a plain object */
  constructor(scope: Construct, id: string, props: unknown) {
    const p = checkedProps(props, CORE_CACHE_DASHBOARD_KEYS, 'CoreCacheDashboard');
    const rows = p.rows.map((row) => checkedList(row, CORE_WIDGET_SPEC_KEYS, 'CoreWidgetSpec') ?? []);
    super(scope, id, { dashboardName: p.dashboardName ?? undefined });
    for (const row of rows) {
      this.addWidgets(...row.map(widgetOf));
    }
  }
}
