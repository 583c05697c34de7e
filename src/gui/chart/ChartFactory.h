#pragma once

#include "ChartSpec.h"

#include <QtPlugin>
#include <functional>

class QWidget;

namespace houqin::gui {

// The interface of the charts plugin (src/charts). Qt Charts and the OpenGL libraries it pulls in are
// loaded only when the first chart is shown (issue #15: start-up does not pay for them), so houqin_gui
// knows charts through this interface alone. Header-only, shared by both sides.
class ChartFactory {
public:
    virtual ~ChartFactory() = default;
    // An empty chart, owned by parent.
    virtual QWidget* create(QWidget* parent) = 0;
    // Draws spec on a chart made by create(), replacing what it showed. barClicked gets the category's
    // index when a bar is clicked.
    virtual void draw(QWidget* chart, const ChartSpec& spec, std::function<void(int)> barClicked) = 0;
};

} // namespace houqin::gui

#define HOUQIN_CHART_FACTORY_IID "org.houqin.ChartFactory/1"
Q_DECLARE_INTERFACE(houqin::gui::ChartFactory, HOUQIN_CHART_FACTORY_IID)
