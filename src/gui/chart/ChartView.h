#pragma once

#include "ChartSpec.h"

#include <QWidget>

class QLabel;

namespace houqin::gui {

// A chart in a view. It shows what setSpec() describes, drawn by the charts plugin, which is loaded the
// first time any chart is drawn (gui/chart/ChartFactory.h). When the plugin cannot be loaded the chart's
// place says so and names the file; the rest of the view keeps working.
class ChartView : public QWidget {
    Q_OBJECT
public:
    explicit ChartView(QWidget* parent = nullptr);

    void setSpec(const ChartSpec& spec);
    // What the chart shows now.
    const ChartSpec& spec() const { return m_spec; }
    // True once the plugin has drawn the chart; false while nothing was drawn or the plugin is missing.
    bool drawn() const { return m_chart != nullptr; }
    // Why the chart is not drawn, when it is not (for the message in its place and for tests).
    static QString unavailableReason();

Q_SIGNALS:
    void barClicked(int index);

private:
    ChartSpec m_spec;
    QWidget* m_chart = nullptr;
    QLabel* m_missing = nullptr;
};

} // namespace houqin::gui
