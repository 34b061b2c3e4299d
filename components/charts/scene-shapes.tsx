/** A scene's shapes (scene.ts) as SVG elements in the plot's stretched 0-100 viewBox, strokes non-scaling. */
import type { CSSProperties } from 'react';
import { areaPath, linePath } from '@/lib/charts/geometry';
import type { SceneShape } from '@/lib/charts/scene';

function SceneShapeElement({ shape }: { shape: SceneShape }) {
  const { geometry: g, paint: p } = shape;
  const ghost = p.ghost ? { 'data-ghost': true } : {};
  if (g.type === 'line') {
    return (
      <path
        d={linePath(g.xs, g.ys)}
        fill="none"
        style={{ stroke: p.stroke }}
        strokeOpacity={p.strokeOpacity}
        strokeWidth={p.strokeWidth}
        strokeDasharray={p.dash}
        strokeLinejoin={p.round && !p.ghost ? 'round' : undefined}
        strokeLinecap={p.round ? 'round' : undefined}
        vectorEffect="non-scaling-stroke"
        {...ghost}
      />
    );
  }
  // Filled shapes carry their colour as --series too: .chart-bar draws the edge a shade darker from it.
  const fill: CSSProperties | undefined = p.fill ? { fill: p.fill, ['--series' as string]: p.fill } : undefined;
  if (g.type === 'area') {
    return (
      <path
        d={areaPath(g.xs, g.upper, g.lower)}
        style={p.edge ? fill : { fill: p.fill }}
        fillOpacity={p.fillOpacity}
        className={p.edge ? 'chart-bar' : undefined}
        stroke={p.edge ? undefined : 'none'}
        vectorEffect={p.edge ? 'non-scaling-stroke' : undefined}
      />
    );
  }
  if (p.fill) {
    return (
      <rect x={g.x} width={g.width} y={g.y} height={g.height} style={fill} className={p.edge ? 'chart-bar' : undefined} vectorEffect="non-scaling-stroke" />
    );
  }
  return (
    <rect
      x={g.x}
      width={g.width}
      y={g.y}
      height={g.height}
      fill="none"
      style={{ stroke: p.stroke }}
      strokeWidth={p.strokeWidth}
      strokeDasharray={p.dash}
      vectorEffect="non-scaling-stroke"
      {...ghost}
    />
  );
}

export function sceneShapes(shapes: readonly SceneShape[]) {
  return shapes.map((s) => <SceneShapeElement key={s.key} shape={s} />);
}
