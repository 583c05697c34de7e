#pragma once

#include "gui/ModuleView.h"
#include "storage/canteen/CanteenStats.h"

#include <QList>

class QBarSet;
class QChartView;
class QComboBox;
class QLabel;
class QLineSeries;

namespace houqin {
class Database;
}

namespace houqin::gui::canteen {

// 统计图: the canteen module's charts over this semester (to date) or the last twelve months.
//  - Pesticide tests per month: a bar for the number of tests, a line for the share that was positive
//    (right-hand axis, in %).
//  - Canteen income and expenses per month, in yuan, from the monthly accounts.
// The figures are added up in SQL (storage/canteen/CanteenStats).
class CanteenCharts : public ModuleView {
    Q_OBJECT
public:
    enum Period { Semester, LastTwelveMonths };

    explicit CanteenCharts(Database& db, QWidget* parent = nullptr);
    void refresh() override;

    QComboBox* periodCombo() const { return m_period; }
    QChartView* pesticideChart() const { return m_pesticideView; }
    QChartView* accountsChart() const { return m_accountsView; }
    QLabel* summaryLabel() const { return m_summary; }
    // What the charts show now (for tests): one entry per month of the period.
    const QList<houqin::canteen::PesticideMonth>& pesticideMonths() const { return m_tests; }
    const QList<houqin::canteen::AccountMonth>& accountMonths() const { return m_accounts; }
    QBarSet* testsSet() const { return m_testsSet; }
    QLineSeries* positiveSeries() const { return m_positiveSeries; }
    QBarSet* incomeSet() const { return m_incomeSet; }
    QBarSet* expensesSet() const { return m_expensesSet; }
    QStringList categories() const { return m_categories; }

private:
    void buildPesticideChart();
    void buildAccountsChart();

    Database& m_db;
    QComboBox* m_period = nullptr;
    QLabel* m_summary = nullptr;
    QChartView* m_pesticideView = nullptr;
    QChartView* m_accountsView = nullptr;
    QList<houqin::canteen::PesticideMonth> m_tests;
    QList<houqin::canteen::AccountMonth> m_accounts;
    QStringList m_categories;
    QBarSet* m_testsSet = nullptr;
    QLineSeries* m_positiveSeries = nullptr;
    QBarSet* m_incomeSet = nullptr;
    QBarSet* m_expensesSet = nullptr;
};

// ViewDef factory (Modules.cpp).
ModuleView* createCharts(Database& db, QWidget* parent);

} // namespace houqin::gui::canteen
