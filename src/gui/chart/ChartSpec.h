#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace houqin::gui {

// What a chart shows, as plain data: the views fill one in (gui/canteen/CanteenCharts,
// gui/assets/UtilityCharts, gui/plan/ProgressChart), gui/chart/ChartView hands it to the charts plugin
// (src/charts), which alone links Qt Charts. Tests read the figures here rather than from Qt Charts' objects.
// Header-only: the plugin includes it without linking houqin_gui.

// A value axis from 0 to max.
struct ChartAxis {
    QString title;
    double max = 1;
    // printf-style, as QValueAxis takes it: "%d", "%.0f", "%d%".
    QString labelFormat = QStringLiteral("%d");
    // Widen the range to round numbers (QValueAxis::applyNiceNumbers), still from 0.
    bool niceNumbers = true;
    // 0: Qt Charts' choice.
    int tickCount = 0;
};

struct ChartSeries {
    enum class Kind { Bars, Line };
    Kind kind = Kind::Bars;
    QString name;
    QColor color;
    // One value per category.
    QList<double> values;
    // A line may be read against the right-hand axis.
    bool onRightAxis = false;
    // Value labels, in Qt Charts' words ("@value" for bars, "@yPoint" for lines); none when empty.
    QString labelFormat;
    QColor labelColor;
    // No label where the value is 0 (a row of "0%" along the axis says nothing); lines only.
    bool labelZeros = true;
    // Labels a size smaller than the text, for narrow bars.
    bool smallLabels = false;
};

struct ChartSpec {
    QString title;
    // The x axis, one per value of each series; they must differ (Qt Charts merges equal ones).
    QStringList categories;
    // Bar series are drawn side by side in each category, lines over them.
    QList<ChartSeries> series;
    ChartAxis left;
    std::optional<ChartAxis> right;
    bool legend = true;
    // One bar of the first bar series drawn in selectedColor (the month under review); -1: none.
    int selected = -1;
    QColor selectedColor;
};

} // namespace houqin::gui
