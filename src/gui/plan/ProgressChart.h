#pragma once

#include "gui/chart/ChartView.h"
#include "storage/plan/PlanService.h"

#include <QList>

namespace houqin::gui::plan {

// The bar chart of the month review: completion (done of the tasks expected, in %) for each month of a
// semester, the month under review highlighted. Clicking a bar asks for that month.
class ProgressChart : public ChartView {
    Q_OBJECT
public:
    explicit ProgressChart(QWidget* parent = nullptr);

    void setProgress(const QList<houqin::plan::MonthProgress>& months, int selected);
    // The bar values shown, in %, one per month.
    QList<double> values() const;
    QStringList categories() const { return spec().categories; }

Q_SIGNALS:
    void monthClicked(int index);
};

} // namespace houqin::gui::plan
