#pragma once

#include "domain/access/Roles.h"

#include <QList>
#include <QString>
#include <QStringList>

class QWidget;

namespace houqin {
class Database;
struct RecordKind;
} // namespace houqin

namespace houqin::gui {

class ModuleView;

// A screen of a module that is not a record list (a ModuleView): the dashboard, the month review.
struct ViewDef {
    // A constructor rather than an aggregate, so views need not spell out what they leave as default.
    ViewDef(const char* title, ModuleView* (*create)(Database&, QWidget*), bool afterKinds = false,
            QString kind = {}, access::Action action = access::Action::View)
        : title(title), create(create), afterKinds(afterKinds), kind(std::move(kind)), action(action) {}

    const char* title = ""; // English source, context "Modules"
    ModuleView* (*create)(Database& db, QWidget* parent) = nullptr;
    // Listed after the module's kinds rather than before them: a view that is looked at now and then
    // (charts) should not be what the tab opens on.
    bool afterKinds = false;
    // The kind the view shows and what it must be allowed (the appraisal month needs appraisals); empty =
    // everyone's (the overview).
    QString kind;
    access::Action action = access::Action::View;

    QString displayTitle() const;
};

// One tab of the main window. A module lists the record kinds its side list offers, after its views;
// modules with neither views nor existing kinds are left out of the window. A module of one view and no
// kinds is that view alone, without a side list.
struct ModuleDef {
    // A constructor rather than an aggregate, so modules without views need not spell them out.
    ModuleDef(const char* title, QStringList kinds, void (*registerExtensions)() = nullptr,
              QList<ViewDef> views = {})
        : title(title), kinds(std::move(kinds)), registerExtensions(registerExtensions),
          views(std::move(views)) {}

    const char* title = "";                 // English source, context "Modules"
    QStringList kinds;                      // record kind keys, in side-list order
    void (*registerExtensions)() = nullptr; // the module's gui extensions (quick entry, colours...)
    QList<ViewDef> views;                   // shown first in the side list

    QString displayTitle() const;
};

// Every module, in tab order. Adding a module or a kind is one line here.
const QList<ModuleDef>& allModules();

// The kinds of a module that exist and that the user signed in to db may see, in order; empty when the
// module is not built yet or holds nothing for them (its tab is then left out, not shown empty).
QList<const RecordKind*> availableKinds(const ModuleDef& module, const Database& db);
// The module's views the user may see.
QList<const ViewDef*> availableViews(const ModuleDef& module, const Database& db);

// Runs every module's registerExtensions once. KindExtensions calls it before the first lookup.
void registerModuleExtensions();

} // namespace houqin::gui
