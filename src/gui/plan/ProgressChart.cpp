#include "ProgressChart.h"

#include <QLocale>

namespace houqin::gui::plan {

ProgressChart::ProgressChart(QWidget* parent) : ChartView(parent) {
    setObjectName(QStringLiteral("progressChartView"));
    setMinimumSize(340, 220);
    connect(this, &ChartView::barClicked, this, &ProgressChart::monthClicked);
}

void ProgressChart::setProgress(const QList<houqin::plan::MonthProgress>& months, int selected) {
    ChartSpec spec;
    spec.title = tr("Completion by month");
    spec.legend = false;
    ChartSeries completion;
    completion.name = tr("Completion");
    completion.color = QColor(0x4a, 0x90, 0xd9);
    completion.labelColor = QColor(0x33, 0x33, 0x33);
    completion.labelFormat = QStringLiteral("@value%");
    completion.smallLabels = true;
    for (const auto& m : months) {
        //: A month on the chart's axis, zh_CN "M月"
        spec.categories << QLocale().toString(m.month, tr("MMM"));
        // A month with nothing expected (all cancelled, or no tasks) shows no bar rather than 0 %.
        completion.values << (m.total - m.cancelled > 0 ? qRound(m.completionRate() * 100.0) : 0);
    }
    spec.series << completion;
    spec.selected = selected >= 0 && selected < months.size() ? selected : -1;
    spec.selectedColor = QColor(0xe6, 0x7e, 0x22);
    spec.left = ChartAxis{
        .title = {}, .max = 100, .labelFormat = QStringLiteral("%d%"), .niceNumbers = false, .tickCount = 5};
    setSpec(spec);
}

QList<double> ProgressChart::values() const {
    return spec().series.isEmpty() ? QList<double>() : spec().series.first().values;
}

} // namespace houqin::gui::plan
