#include "CanteenCharts.h"

#include "domain/canteen/CanteenAccounts.h"
#include "gui/chart/ChartView.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>
#include <cmath>

namespace houqin::gui::canteen {

namespace hc = houqin::canteen;

namespace {

const QColor kTestsColor(0x4a, 0x90, 0xd9), kPositiveColor(0xc6, 0x28, 0x28);
const QColor kIncomeColor(0x43, 0xa0, 0x47), kExpensesColor(0xef, 0x8a, 0x2c);

ChartView* makeView(QWidget* parent, const QString& objectName) {
    auto* view = new ChartView(parent);
    view->setObjectName(objectName);
    view->setMinimumSize(360, 260);
    return view;
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
    ChartSpec spec;
    spec.title = tr("Pesticide tests per month");
    spec.categories = m_categories;
    ChartSeries tests;
    tests.name = tr("Tests");
    tests.color = kTestsColor;
    tests.labelColor = QColor(0x33, 0x33, 0x33);
    tests.labelFormat = QStringLiteral("@value");
    ChartSeries positive;
    positive.kind = ChartSeries::Kind::Line;
    positive.name = tr("Positive (%)");
    positive.color = kPositiveColor;
    positive.onRightAxis = true;
    positive.labelFormat = QStringLiteral("@yPoint%");
    positive.labelZeros = false;
    int maxTests = 0;
    double maxShare = 0;
    for (const hc::PesticideMonth& m : m_tests) {
        tests.values << m.tests;
        // One decimal, so the point label reads "1.2%" (labels print the value as it is).
        const double share = std::round(m.positivePercent().value_or(0.0) * 10.0) / 10.0;
        positive.values << share;
        maxTests = qMax(maxTests, m.tests);
        maxShare = qMax(maxShare, share);
    }
    spec.series << tests << positive;
    spec.left = ChartAxis{.title = tr("Tests"), .max = qMax(5, maxTests) * 1.1};
    // Positives are rare: the share's axis starts at 10% so that a month with one positive is visible
    // without looking alarming.
    spec.right = ChartAxis{
        .title = tr("Positive (%)"), .max = qMax(10.0, maxShare * 1.2), .labelFormat = QStringLiteral("%d%")};
    m_pesticideView->setSpec(spec);
}

void CanteenCharts::buildAccountsChart() {
    ChartSpec spec;
    spec.title = tr("Canteen income and expenses per month");
    spec.categories = m_categories;
    ChartSeries income, expenses;
    income.name = tr("Income");
    income.color = kIncomeColor;
    expenses.name = tr("Expenses");
    expenses.color = kExpensesColor;
    double max = 0;
    for (const hc::AccountMonth& m : m_accounts) {
        // Yuan on the chart; months without an account show no bars.
        income.values << double(m.incomeFen) / 100.0;
        expenses.values << double(m.expensesFen) / 100.0;
        max = qMax(max, double(qMax(m.incomeFen, m.expensesFen)) / 100.0);
    }
    spec.series << income << expenses;
    spec.left =
        ChartAxis{.title = tr("Yuan"), .max = qMax(100.0, max * 1.1), .labelFormat = QStringLiteral("%.0f")};
    m_accountsView->setSpec(spec);
}

} // namespace houqin::gui::canteen
