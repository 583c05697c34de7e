#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace houqin {
struct RecordKind;
}

namespace houqin::gui {

// One tab of the main window. A module lists the record kinds its side list offers; modules whose kinds
// do not exist yet are left out of the window.
struct ModuleDef {
    const char* title = "";                 // English source, context "Modules"
    QStringList kinds;                      // record kind keys, in side-list order
    void (*registerExtensions)() = nullptr; // the module's gui extensions (quick entry, colours...)

    QString displayTitle() const;
};

// Every module, in tab order. Adding a module or a kind is one line here.
const QList<ModuleDef>& allModules();

// The kinds of a module that exist, in order; empty when the module is not built yet.
QList<const RecordKind*> availableKinds(const ModuleDef& module);

// Runs every module's registerExtensions once. KindExtensions calls it before the first lookup.
void registerModuleExtensions();

} // namespace houqin::gui
