#include "UtilityCharts.h"

#include "domain/assets/AssetKinds.h"
#include "gui/chart/ChartView.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace houqin::gui::assets {

namespace u = houqin::assets::utility;

namespace {

const QColor kWaterColor(0x4a, 0x90, 0xd9), kElectricityColor(0xef, 0x8a, 0x2c);

ChartView* makeView(QWidget* parent, const QString& objectName) {
    auto* view = new ChartView(parent);
    view->setObjectName(objectName);
    view->setMinimumSize(360, 260);
    return view;
}

} // namespace

ModuleView* createUtilityCharts(Database& db, QWidget* parent) {
    return new UtilityCharts(db, parent);
}

UtilityCharts::UtilityCharts(Database& db, QWidget* parent) : ModuleView(parent), m_db(db) {
    setObjectName(QStringLiteral("utilityCharts"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    auto* top = new QHBoxLayout;
    m_campus = new QComboBox(this);
    m_campus->setObjectName(QStringLiteral("campusComboBox"));
    m_campus->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    //: zh_CN "园区(&C)："
    auto* campusLabel = new QLabel(tr("&Campus:"), this);
    campusLabel->setBuddy(m_campus);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addWidget(campusLabel);
    top->addWidget(m_campus);
    top->addSpacing(12);
    top->addWidget(m_summary, 1);
    layout->addLayout(top);
    auto* charts = new QHBoxLayout;
    m_waterView = makeView(this, QStringLiteral("waterChartView"));
    m_electricityView = makeView(this, QStringLiteral("electricityChartView"));
    charts->addWidget(m_waterView, 1);
    charts->addWidget(m_electricityView, 1);
    layout->addLayout(charts, 1);
    connect(m_campus, &QComboBox::currentIndexChanged, this, &UtilityCharts::refresh);
}

void UtilityCharts::refresh() {
    // The campuses of the settings; the choice survives a refresh.
    const QString chosen = m_campus->currentText();
    const QStringList campuses = m_db.settings().campuses;
    if (campuses != [this] {
            QStringList items;
            for (int i = 0; i < m_campus->count(); ++i)
                items << m_campus->itemText(i);
            return items;
        }()) {
        const QSignalBlocker block(m_campus);
        m_campus->clear();
        m_campus->addItems(campuses);
        m_campus->setCurrentIndex(qMax(0, int(campuses.indexOf(chosen))));
    }
    const QString campus = m_campus->currentText();
    const QDate today = m_db.now().date();
    const QDate last(today.year(), today.month(), 1), first = last.addMonths(-11);
    ListQuery q;
    q.to = last.addMonths(1).addDays(-1);
    q.equals << qMakePair(u::kCampus, QVariant(campus));
    auto readings = RecordRepository(m_db, houqin::assets::utilityReadingsKind()).list(q);
    m_water = QList<double>(12, 0.0);
    m_electricity = QList<double>(12, 0.0);
    m_categories.clear();
    for (QDate m = first; m <= last; m = m.addMonths(1)) {
        //: A month on the chart's axis, zh_CN "M月"
        QString label = QLocale().toString(m, tr("MMM"));
        if (m_categories.contains(label))
            label = QLocale().toString(m, tr("MMM yyyy"));
        m_categories << label;
    }
    if (readings)
        for (const houqin::assets::MonthlyUse& m : houqin::assets::monthlyUse(*readings)) {
            const int i = int(first.daysTo(m.month) >= 0
                                  ? (m.month.year() - first.year()) * 12 + m.month.month() - first.month()
                                  : -1);
            if (i < 0 || i >= 12)
                continue;
            (m.meterType == u::kWater ? m_water : m_electricity)[i] += m.use;
        }
    //: zh_CN "每月用水量"
    buildChart(m_waterView, tr("Water use per month"), QStringLiteral("m³"), m_water, kWaterColor);
    //: zh_CN "每月用电量"
    buildChart(m_electricityView, tr("Electricity use per month"), QStringLiteral("kWh"), m_electricity,
               kElectricityColor);
    if (!readings) {
        //: zh_CN "无法读取抄表数据：%1"
        m_summary->setText(tr("Could not read the meter readings: %1").arg(readings.error().message));
        return;
    }
    double water = 0, electricity = 0;
    for (double v : m_water)
        water += v;
    for (double v : m_electricity)
        electricity += v;
    //: zh_CN "%1 至 %2：用水 %3 立方米，用电 %4 千瓦时"
    m_summary->setText(tr("%1 to %2: water %3 m³, electricity %4 kWh")
                           .arg(first.toString(QStringLiteral("yyyy-MM")),
                                last.toString(QStringLiteral("yyyy-MM")), QLocale().toString(water, 'f', 0),
                                QLocale().toString(electricity, 'f', 0)));
}

void UtilityCharts::buildChart(ChartView* view, const QString& title, const QString& unit,
                               const QList<double>& values, const QColor& color) {
    ChartSpec spec;
    spec.title = title;
    spec.categories = m_categories;
    spec.legend = false;
    ChartSeries use;
    use.name = title;
    use.color = color;
    use.values = values;
    spec.series << use;
    double max = 0;
    for (double v : values)
        max = qMax(max, v);
    spec.left =
        ChartAxis{.title = unit, .max = max > 0 ? max * 1.1 : 1, .labelFormat = QStringLiteral("%.0f")};
    view->setSpec(spec);
}

} // namespace houqin::gui::assets
