#pragma once

#include "storage/plan/PlanService.h"

#include <QChartView>
#include <QList>

class QBarSet;
class QBarSeries;

namespace houqin::gui::plan {

// The bar chart of the month review: completion (done of the tasks expected, in %) for each month of a
// semester, the month under review highlighted. Clicking a bar asks for that month.
class ProgressChart : public QChartView {
    Q_OBJECT
public:
    explicit ProgressChart(QWidget* parent = nullptr);

    void setProgress(const QList<houqin::plan::MonthProgress>& months, int selected);
    // The bar values shown, in %, one per month.
    QList<double> values() const;
    QStringList categories() const { return m_categories; }

Q_SIGNALS:
    void monthClicked(int index);

private:
    QBarSet* m_set = nullptr;
    QBarSeries* m_series = nullptr;
    QStringList m_categories;
};

} // namespace houqin::gui::plan
