#pragma once

#include <QString>
#include <QStringList>

namespace houqin::gui {

class ChartFactory;

// Finding and loading the charts plugin (src/charts): the first of `folders` that holds `fileName` is
// loaded with QPluginLoader, and never unloaded. Without a factory, `problem` says why in the reader's
// language, naming the file that would not load or every file looked for, so that the chart's place can
// tell the person (and the log, the support desk) what is missing.
struct ChartPlugin {
    ChartFactory* factory = nullptr;
    QString problem;

    static ChartPlugin load(const QStringList& folders, const QString& fileName);
};

} // namespace houqin::gui
