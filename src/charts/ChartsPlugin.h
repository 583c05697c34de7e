#pragma once

#include "gui/chart/ChartFactory.h"

#include <QObject>

namespace houqin::charts {

// The charts plugin: draws a gui::ChartSpec with Qt Charts. Built as a module of its own
// (houqin_charts), loaded by gui/chart/ChartView when the first chart is shown, so that the executable
// does not link Qt Charts and its OpenGL libraries and start-up does not load them.
class ChartsPlugin : public QObject, public gui::ChartFactory {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID HOUQIN_CHART_FACTORY_IID)
    Q_INTERFACES(houqin::gui::ChartFactory)
public:
    QWidget* create(QWidget* parent) override;
    void draw(QWidget* chart, const gui::ChartSpec& spec, std::function<void(int)> barClicked) override;
};

} // namespace houqin::charts
