#pragma once

#include "gui/ModuleView.h"
#include "storage/canteen/CanteenStats.h"

#include <QList>

class QComboBox;
class QLabel;

namespace houqin {
class Database;
}

namespace houqin::gui {
class ChartView;
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
    // Tests per month (bars, left axis) and the share positive (a line, right axis, in %).
    ChartView* pesticideChart() const { return m_pesticideView; }
    // Income and expenses per month (two bar series, in yuan).
    ChartView* accountsChart() const { return m_accountsView; }
    QLabel* summaryLabel() const { return m_summary; }
    // What the charts show now (for tests): one entry per month of the period.
    const QList<houqin::canteen::PesticideMonth>& pesticideMonths() const { return m_tests; }
    const QList<houqin::canteen::AccountMonth>& accountMonths() const { return m_accounts; }
    QStringList categories() const { return m_categories; }

private:
    void buildPesticideChart();
    void buildAccountsChart();

    Database& m_db;
    QComboBox* m_period = nullptr;
    QLabel* m_summary = nullptr;
    ChartView* m_pesticideView = nullptr;
    ChartView* m_accountsView = nullptr;
    QList<houqin::canteen::PesticideMonth> m_tests;
    QList<houqin::canteen::AccountMonth> m_accounts;
    QStringList m_categories;
};

// ViewDef factory (Modules.cpp).
ModuleView* createCharts(Database& db, QWidget* parent);

} // namespace houqin::gui::canteen
