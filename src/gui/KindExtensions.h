#pragma once

#include <QColor>
#include <QHash>
#include <QString>
#include <functional>

class QWidget;

namespace houqin {
struct RecordKind;
}

namespace houqin::gui {

class RecordListPage;
class RecordForm;
class LinesEditor;
struct EditorContext;

// How a row is drawn when one of its choice fields (stored or derived) holds a given choice.
struct RowStyle {
    QColor foreground; // invalid = the view's default
    QColor background;
};

// What a module adds to the generic pages of one of its kinds. Generic code asks for the extension of a
// kind by key and never knows which kinds have one.
struct KindExtension {
    // field key -> choice key -> style; the first field (in column order) with a style wins.
    QHash<QString, QHash<QString, RowStyle>> rowStyles;
    // Extra toolbar actions and the like, once the page is built.
    std::function<void(RecordListPage&)> extendPage;
    // Extra buttons and shortcuts, once the form is built.
    std::function<void(RecordForm&)> extendForm;
    // For a kind with item lines: its own lines editor instead of the generic table (menus: a week grid).
    std::function<LinesEditor*(const RecordKind&, const EditorContext&, QWidget*)> createLinesEditor;
};

void registerKindExtension(const QString& kindKey, KindExtension extension);
// nullptr when the kind has none.
const KindExtension* kindExtension(const QString& kindKey);

} // namespace houqin::gui
