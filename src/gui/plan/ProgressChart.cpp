#include "ProgressChart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLocale>
#include <QValueAxis>

namespace houqin::gui::plan {

ProgressChart::ProgressChart(QWidget* parent) : QChartView(parent) {
    setObjectName(QStringLiteral("progressChartView"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(340, 220);
    auto* chart = new QChart;
    chart->setTitle(tr("Completion by month"));
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->setAnimationOptions(QChart::NoAnimation);
    setChart(chart);
}

void ProgressChart::setProgress(const QList<houqin::plan::MonthProgress>& months, int selected) {
    QChart* c = chart();
    c->removeAllSeries();
    for (QAbstractAxis* axis : c->axes())
        c->removeAxis(axis);
    m_categories.clear();

    m_series = new QBarSeries;
    m_set = new QBarSet(tr("Completion"));
    m_set->setColor(QColor(0x4a, 0x90, 0xd9));
    m_set->setSelectedColor(QColor(0xe6, 0x7e, 0x22));
    m_set->setLabelColor(QColor(0x33, 0x33, 0x33));
    for (const auto& m : months) {
        //: A month on the chart's axis, zh_CN "M月"
        m_categories << QLocale().toString(m.month, tr("MMM"));
        // A month with nothing expected (all cancelled, or no tasks) shows no bar rather than 0 %.
        m_set->append(m.total - m.cancelled > 0 ? qRound(m.completionRate() * 100.0) : 0);
    }
    if (selected >= 0 && selected < months.size())
        m_set->selectBar(selected);
    m_series->append(m_set);
    m_series->setLabelsVisible(true);
    m_series->setLabelsFormat(QStringLiteral("@value%"));
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    m_set->setLabelFont(small);
    c->addSeries(m_series);

    auto* x = new QBarCategoryAxis;
    x->append(m_categories);
    c->addAxis(x, Qt::AlignBottom);
    m_series->attachAxis(x);
    auto* y = new QValueAxis;
    y->setRange(0, 100);
    y->setTickCount(5);
    y->setLabelFormat(QStringLiteral("%d%"));
    c->addAxis(y, Qt::AlignLeft);
    m_series->attachAxis(y);
    connect(m_series, &QBarSeries::clicked, this,
            [this](int index, QBarSet*) { Q_EMIT monthClicked(index); });
}

QList<double> ProgressChart::values() const {
    QList<double> out;
    if (m_set)
        for (int i = 0; i < m_set->count(); ++i)
            out << m_set->at(i);
    return out;
}

} // namespace houqin::gui::plan
