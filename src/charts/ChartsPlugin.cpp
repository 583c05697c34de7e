#include "ChartsPlugin.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QValueAxis>

namespace houqin::charts {

namespace {

QValueAxis* valueAxis(QChart* chart, const gui::ChartAxis& spec, Qt::Alignment side) {
    auto* axis = new QValueAxis;
    axis->setRange(0, spec.max);
    if (spec.niceNumbers) {
        axis->applyNiceNumbers();
        axis->setMin(0);
    }
    if (spec.tickCount > 0)
        axis->setTickCount(spec.tickCount);
    axis->setLabelFormat(spec.labelFormat);
    axis->setTitleText(spec.title);
    chart->addAxis(axis, side);
    return axis;
}

QBarSeries* bars(QChart* chart, const gui::ChartSpec& spec, const QFont& font) {
    QBarSeries* series = nullptr;
    for (const gui::ChartSeries& s : spec.series) {
        if (s.kind != gui::ChartSeries::Kind::Bars)
            continue;
        auto* set = new QBarSet(s.name);
        set->setColor(s.color);
        if (s.labelColor.isValid())
            set->setLabelColor(s.labelColor);
        if (s.smallLabels) {
            QFont small = font;
            small.setPointSizeF(small.pointSizeF() * 0.8);
            set->setLabelFont(small);
        }
        for (double v : s.values)
            set->append(v);
        if (!series) {
            series = new QBarSeries;
            // One set of labels for the bars: the first bar series' format.
            if (!s.labelFormat.isEmpty()) {
                series->setLabelsVisible(true);
                series->setLabelsFormat(s.labelFormat);
                series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
            }
            if (spec.selected >= 0 && spec.selected < s.values.size()) {
                set->setSelectedColor(spec.selectedColor);
                set->selectBar(spec.selected);
            }
        }
        series->append(set);
    }
    if (series)
        chart->addSeries(series);
    return series;
}

QLineSeries* line(QChart* chart, const gui::ChartSeries& s) {
    auto* series = new QLineSeries;
    series->setName(s.name);
    series->setColor(s.color);
    QPen pen(s.color);
    pen.setWidth(2);
    series->setPen(pen);
    series->setPointsVisible(true);
    if (!s.labelFormat.isEmpty()) {
        series->setPointLabelsVisible(true);
        series->setPointLabelsColor(s.labelColor.isValid() ? s.labelColor : s.color);
        series->setPointLabelsFormat(s.labelFormat);
    }
    for (int i = 0; i < s.values.size(); ++i) {
        series->append(i, s.values.at(i));
        if (!s.labelFormat.isEmpty() && !s.labelZeros && s.values.at(i) == 0)
            series->setPointConfiguration(i, QXYSeries::PointConfiguration::LabelVisibility, false);
    }
    chart->addSeries(series);
    return series;
}

} // namespace

QWidget* ChartsPlugin::create(QWidget* parent) {
    auto* view = new QChartView(parent);
    view->setRenderHint(QPainter::Antialiasing);
    auto* chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    view->setChart(chart);
    return view;
}

void ChartsPlugin::draw(QWidget* widget, const gui::ChartSpec& spec, std::function<void(int)> barClicked) {
    auto* view = qobject_cast<QChartView*>(widget);
    if (!view)
        return;
    QChart* chart = view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes())
        chart->removeAxis(axis);
    chart->setTitle(spec.title);
    chart->legend()->setVisible(spec.legend);

    auto* x = new QBarCategoryAxis;
    x->append(spec.categories);
    chart->addAxis(x, Qt::AlignBottom);
    QValueAxis* left = valueAxis(chart, spec.left, Qt::AlignLeft);
    QValueAxis* right = spec.right ? valueAxis(chart, *spec.right, Qt::AlignRight) : nullptr;

    if (QBarSeries* series = bars(chart, spec, view->font())) {
        series->attachAxis(x);
        series->attachAxis(left);
        QObject::connect(series, &QBarSeries::clicked, view,
                         [barClicked](int index, QBarSet*) { barClicked(index); });
    }
    for (const gui::ChartSeries& s : spec.series) {
        if (s.kind != gui::ChartSeries::Kind::Line)
            continue;
        QLineSeries* series = line(chart, s);
        series->attachAxis(x);
        series->attachAxis(s.onRightAxis && right ? right : left);
    }
}

} // namespace houqin::charts
