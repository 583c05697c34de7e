#include "CanteenCharts.h"

#include "domain/canteen/CanteenAccounts.h"
#include "storage/Database.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QVBoxLayout>
#include <QValueAxis>
#include <cmath>

namespace houqin::gui::canteen {

namespace hc = houqin::canteen;

namespace {

const QColor kTestsColor(0x4a, 0x90, 0xd9), kPositiveColor(0xc6, 0x28, 0x28);
const QColor kIncomeColor(0x43, 0xa0, 0x47), kExpensesColor(0xef, 0x8a, 0x2c);

QChartView* makeView(QWidget* parent, const QString& objectName) {
    auto* view = new QChartView(parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(360, 260);
    auto* chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    view->setChart(chart);
    return view;
}

void clear(QChart* chart) {
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes())
        chart->removeAxis(axis);
}

QBarCategoryAxis* monthAxis(QChart* chart, const QStringList& categories) {
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    return x;
}

QValueAxis* valueAxis(QChart* chart, Qt::Alignment side, double max, const QString& title,
                      const QString& format) {
    auto* y = new QValueAxis;
    y->setRange(0, max);
    y->applyNiceNumbers();
    y->setMin(0);
    y->setLabelFormat(format);
    y->setTitleText(title);
    chart->addAxis(y, side);
    return y;
}

QString yuan(qint64 fen) {
    return QLocale().toString(double(fen) / 100.0, 'f', 2);
}

} // namespace

ModuleView* createCharts(Database& db, QWidget* parent) {
    return new CanteenCharts(db, parent);
}

CanteenCharts::CanteenCharts(Database& db, QWidget* parent) : ModuleView(parent), m_db(db) {
    setObjectName(QStringLiteral("canteenCharts"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);

    auto* top = new QHBoxLayout;
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("periodComboBox"));
    m_period->addItem(tr("This semester"), Semester);
    m_period->addItem(tr("Last 12 months"), LastTwelveMonths);
    m_period->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_period);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addWidget(periodLabel);
    top->addWidget(m_period);
    top->addSpacing(12);
    top->addWidget(m_summary, 1);
    layout->addLayout(top);

    auto* charts = new QHBoxLayout;
    m_pesticideView = makeView(this, QStringLiteral("pesticideChartView"));
    m_accountsView = makeView(this, QStringLiteral("accountsChartView"));
    charts->addWidget(m_pesticideView, 1);
    charts->addWidget(m_accountsView, 1);
    layout->addLayout(charts, 1);

    connect(m_period, &QComboBox::currentIndexChanged, this, &CanteenCharts::refresh);
}

void CanteenCharts::refresh() {
    hc::ChartPeriod period = hc::lastTwelveMonths(m_db.now().date());
    QString problem;
    if (m_period->currentData().toInt() == Semester) {
        if (auto semester = hc::semesterToDate(m_db))
            period = *semester;
        else
            problem = semester.error().message;
    }
    auto tests = hc::pesticideTestsByMonth(m_db, period.from, period.to);
    auto accounts = hc::canteenAccountsByMonth(m_db, period.from, period.to);
    m_tests = tests ? *tests : QList<hc::PesticideMonth>();
    m_accounts = accounts ? *accounts : QList<hc::AccountMonth>();
    if (!tests)
        problem = tests.error().message;
    else if (!accounts)
        problem = accounts.error().message;

    m_categories.clear();
    for (const QDate& month : hc::monthsBetween(period.from, period.to)) {
        //: A month on the chart's axis, zh_CN "M月"
        QString label = QLocale().toString(month, tr("MMM"));
        if (m_categories.contains(label)) // categories must differ; only a period over a year repeats one
            label = QLocale().toString(month, tr("MMM yyyy"));
        m_categories << label;
    }
    buildPesticideChart();
    buildAccountsChart();

    if (!problem.isEmpty()) {
        m_summary->setText(tr("Could not read the figures: %1").arg(problem));
        return;
    }
    int total = 0, positive = 0;
    for (const hc::PesticideMonth& m : m_tests) {
        total += m.tests;
        positive += m.positive;
    }
    qint64 income = 0, expenses = 0;
    for (const hc::AccountMonth& m : m_accounts) {
        income += m.incomeFen;
        expenses += m.expensesFen;
    }
    const QString range = QStringLiteral("%1 – %2").arg(period.from.toString(QStringLiteral("yyyy-MM")),
                                                        period.to.toString(QStringLiteral("yyyy-MM")));
    const auto share = hc::PesticideMonth{{}, total, positive}.positivePercent();
    const auto bp = hc::balanceBasisPoints(income - expenses, income);
    QStringList lines;
    lines << (period.semester.isEmpty() ? range : tr("%1 (%2)").arg(period.semester, range));
    lines << tr("Pesticide tests: %1, positive: %2 (%3%)")
                 .arg(total)
                 .arg(positive)
                 .arg(QLocale().toString(share.value_or(0.0), 'f', 1));
    lines << tr("Income %1 yuan, expenses %2 yuan, balance %3 yuan (%4% of income)")
                 .arg(yuan(income), yuan(expenses), yuan(income - expenses),
                      bp ? QLocale().toString(double(*bp) / 100.0, 'f', 2) : QStringLiteral("–"));
    m_summary->setText(lines.join(QStringLiteral("   ·   ")));
}

void CanteenCharts::buildPesticideChart() {
    QChart* chart = m_pesticideView->chart();
    clear(chart);
    chart->setTitle(tr("Pesticide tests per month"));

    auto* bars = new QBarSeries;
    m_testsSet = new QBarSet(tr("Tests"));
    m_testsSet->setColor(kTestsColor);
    m_testsSet->setLabelColor(QColor(0x33, 0x33, 0x33));
    m_positiveSeries = new QLineSeries;
    m_positiveSeries->setName(tr("Positive (%)"));
    m_positiveSeries->setColor(kPositiveColor);
    m_positiveSeries->setPointsVisible(true);
    m_positiveSeries->setPointLabelsVisible(true);
    m_positiveSeries->setPointLabelsColor(kPositiveColor);
    m_positiveSeries->setPointLabelsFormat(QStringLiteral("@yPoint%"));
    QPen pen(kPositiveColor);
    pen.setWidth(2);
    m_positiveSeries->setPen(pen);
    int maxTests = 0;
    double maxShare = 0;
    for (int i = 0; i < m_tests.size(); ++i) {
        const hc::PesticideMonth& m = m_tests.at(i);
        m_testsSet->append(m.tests);
        // One decimal, so the point label reads "1.2%" (labels print the value as it is).
        const double share = std::round(m.positivePercent().value_or(0.0) * 10.0) / 10.0;
        m_positiveSeries->append(i, share);
        // A label only where something was positive: a row of "0%" along the axis says nothing.
        if (share <= 0)
            m_positiveSeries->setPointConfiguration(int(i), QXYSeries::PointConfiguration::LabelVisibility,
                                                    false);
        maxTests = qMax(maxTests, m.tests);
        maxShare = qMax(maxShare, share);
    }
    bars->append(m_testsSet);
    bars->setLabelsVisible(true);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    chart->addSeries(bars);
    chart->addSeries(m_positiveSeries);

    QBarCategoryAxis* x = monthAxis(chart, m_categories);
    bars->attachAxis(x);
    m_positiveSeries->attachAxis(x);
    QValueAxis* count =
        valueAxis(chart, Qt::AlignLeft, qMax(5, maxTests) * 1.1, tr("Tests"), QStringLiteral("%d"));
    bars->attachAxis(count);
    // Positives are rare: the share's axis starts at 10% so that a month with one positive is visible
    // without looking alarming.
    QValueAxis* share = valueAxis(chart, Qt::AlignRight, qMax(10.0, maxShare * 1.2), tr("Positive (%)"),
                                  QStringLiteral("%d%"));
    m_positiveSeries->attachAxis(share);
}

void CanteenCharts::buildAccountsChart() {
    QChart* chart = m_accountsView->chart();
    clear(chart);
    chart->setTitle(tr("Canteen income and expenses per month"));

    auto* bars = new QBarSeries;
    m_incomeSet = new QBarSet(tr("Income"));
    m_incomeSet->setColor(kIncomeColor);
    m_expensesSet = new QBarSet(tr("Expenses"));
    m_expensesSet->setColor(kExpensesColor);
    double max = 0;
    for (const hc::AccountMonth& m : m_accounts) {
        // Yuan on the chart; months without an account show no bars.
        m_incomeSet->append(double(m.incomeFen) / 100.0);
        m_expensesSet->append(double(m.expensesFen) / 100.0);
        max = qMax(max, double(qMax(m.incomeFen, m.expensesFen)) / 100.0);
    }
    bars->append(m_incomeSet);
    bars->append(m_expensesSet);
    chart->addSeries(bars);
    QBarCategoryAxis* x = monthAxis(chart, m_categories);
    bars->attachAxis(x);
    QValueAxis* y =
        valueAxis(chart, Qt::AlignLeft, qMax(100.0, max * 1.1), tr("Yuan"), QStringLiteral("%.0f"));
    bars->attachAxis(y);
}

} // namespace houqin::gui::canteen
