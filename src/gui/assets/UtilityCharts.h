#pragma once

#include "gui/ModuleView.h"

#include <QDate>
#include <QList>
#include <QStringList>

class QComboBox;
class QLabel;

namespace houqin {
class Database;
}

namespace houqin::gui {
class ChartView;
}

namespace houqin::gui::assets {

// 水电用量: the monthly water and electricity use of one campus over the last twelve months, one bar chart
// each, summed over the campus's meters (domain assets::monthlyUse, the same figures as the printed
// utilities-monthly report). Read when shown.
class UtilityCharts : public ModuleView {
    Q_OBJECT
public:
    explicit UtilityCharts(Database& db, QWidget* parent = nullptr);
    void refresh() override;

    QComboBox* campusCombo() const { return m_campus; }
    ChartView* waterChart() const { return m_waterView; }
    ChartView* electricityChart() const { return m_electricityView; }
    QLabel* summaryLabel() const { return m_summary; }
    // What the charts show now (for tests): one value per month, oldest first.
    QList<double> waterUse() const { return m_water; }
    QList<double> electricityUse() const { return m_electricity; }
    QStringList categories() const { return m_categories; }

private:
    void buildChart(ChartView* view, const QString& title, const QString& unit, const QList<double>& values,
                    const QColor& color);

    Database& m_db;
    QComboBox* m_campus = nullptr;
    QLabel* m_summary = nullptr;
    ChartView* m_waterView = nullptr;
    ChartView* m_electricityView = nullptr;
    QList<double> m_water, m_electricity;
    QStringList m_categories;
};

// ViewDef factory (Modules.cpp).
ModuleView* createUtilityCharts(Database& db, QWidget* parent);

} // namespace houqin::gui::assets
