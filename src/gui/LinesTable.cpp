#include "LinesTable.h"

#include "KindExtensions.h"
#include "domain/FieldUnit.h"
#include "photos/PhotosDialog.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

namespace houqin::gui {

namespace {
const QColor kIssueBackground(0xfd, 0xe2, 0xe1);
const QString kErrorColour = QStringLiteral("#c0392b");
const QString kWarningColour = QStringLiteral("#b35900");
// Item data of a row's first cell: the stored line's id, and the row's token (see LinesTable).
constexpr int kLineIdRole = Qt::UserRole;
constexpr int kTokenRole = Qt::UserRole + 1;

// Cells are edited as text; choices in a combo box of their labels, people with name completion.
class CellDelegate : public QStyledItemDelegate {
public:
    CellDelegate(const RecordKind& lines, const EditorContext& ctx, QObject* parent)
        : QStyledItemDelegate(parent), m_lines(lines), m_ctx(ctx) {}

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override {
        if (index.column() >= m_lines.fields.size())
            return nullptr; // derived columns are read only
        const FieldDef& f = m_lines.fields.at(index.column());
        if (f.type == FieldType::Choice || f.type == FieldType::Campus) {
            auto* combo = new QComboBox(parent);
            combo->addItem(QString());
            if (f.type == FieldType::Choice)
                for (const ChoiceDef& c : f.choices)
                    combo->addItem(trLabel(c.label));
            else
                combo->addItems(m_ctx.campuses);
            return combo;
        }
        auto* edit = qobject_cast<QLineEdit*>(QStyledItemDelegate::createEditor(parent, option, index));
        if (edit && f.type == FieldType::Person && !m_ctx.people.isEmpty()) {
            auto* completer = new QCompleter(m_ctx.people, edit);
            completer->setCaseSensitivity(Qt::CaseInsensitive);
            completer->setFilterMode(Qt::MatchContains);
            edit->setCompleter(completer);
        }
        return edit;
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override {
        if (auto* combo = qobject_cast<QComboBox*>(editor)) {
            const int i = combo->findText(index.data(Qt::EditRole).toString());
            combo->setCurrentIndex(qMax(0, i));
            return;
        }
        QStyledItemDelegate::setEditorData(editor, index);
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override {
        if (auto* combo = qobject_cast<QComboBox*>(editor)) {
            model->setData(index, combo->currentText(), Qt::EditRole);
            return;
        }
        QStyledItemDelegate::setModelData(editor, model, index);
    }

private:
    const RecordKind& m_lines;
    EditorContext m_ctx;
};

QString headerText(const FieldDef& f) {
    const QString text = labelWithEntryUnit(f);
    return f.required ? text + QStringLiteral(" *") : text;
}
} // namespace

bool isLinesIssue(const Issue& issue) {
    int index = 0;
    QString field;
    return issue.field == kLinesIssueField || splitLineIssueField(issue.field, &index, &field);
}

LinesEditor* LinesEditor::create(const RecordKind& kind, const EditorContext& ctx, QWidget* parent) {
    if (const KindExtension* ext = kindExtension(kind.key); ext && ext->createLinesEditor)
        return ext->createLinesEditor(kind, ctx, parent);
    return new LinesTable(kind, ctx, parent);
}

LinesTable::LinesTable(const RecordKind& kind, const EditorContext& ctx, QWidget* parent)
    : LinesEditor(parent), m_lines(*kind.lines), m_table(new QTableWidget(this)), m_issues(new QLabel(this)) {
    setObjectName(QStringLiteral("linesTable"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    QStringList headers;
    for (const FieldDef& f : m_lines.fields)
        headers << headerText(f);
    for (const DerivedDef& d : m_lines.derived)
        headers << d.field.displayLabel();
    m_db = ctx.db;
    if (m_lines.photos && m_db) {
        m_photoColumn = int(headers.size());
        headers << tr("Photos");
    }
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setItemDelegate(new CellDelegate(m_lines, ctx, m_table));
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 6);
    // Wide enough for the heading, text columns for a few words, and a sentence for long text (a checklist
    // item); dates for a whole date; numbers and choices as wide as their heading, so that a checklist's
    // columns and its photo count fit a form on a 1366-pixel screen.
    const QFontMetrics metrics = m_table->fontMetrics();
    for (int c = 0; c < m_lines.fields.size(); ++c) {
        const FieldDef& f = m_lines.fields.at(c);
        const int text = f.type == FieldType::Date
                             ? metrics.horizontalAdvance(QStringLiteral("2026-12-31")) + 28
                         : f.type == FieldType::DateTime
                             ? metrics.horizontalAdvance(QStringLiteral("2026-12-31 23:59")) + 28
                         : f.type != FieldType::Text            ? 70
                         : f.maxLength >= 200                   ? 260
                         : f.maxLength > 0 && f.maxLength <= 50 ? 120
                                                                : 160;
        m_table->setColumnWidth(c, qMax(text, metrics.horizontalAdvance(headers.at(c)) + 28));
    }
    if (hasPhotoColumn())
        m_table->setColumnWidth(m_photoColumn,
                                qMax(50, m_table->fontMetrics().horizontalAdvance(headers.last()) + 28));
    layout->addWidget(m_table, 1);

    auto* buttons = new QHBoxLayout;
    auto* remove = new QPushButton(tr("Remove line"), this);
    remove->setObjectName(QStringLiteral("removeLineButton"));
    remove->setAutoDefault(false);
    remove->setToolTip(tr("Removes the lines of the selected cells"));
    buttons->addWidget(remove);
    if (hasPhotoColumn()) {
        auto* photos = new QPushButton(tr("Photos of line…"), this);
        photos->setObjectName(QStringLiteral("linePhotosButton"));
        photos->setAutoDefault(false);
        photos->setToolTip(tr("Adds or shows the photos of the current line (or double-click its Photos "
                              "cell)"));
        buttons->addWidget(photos);
        connect(photos, &QPushButton::clicked, this, [this] {
            if (const int row = m_table->currentRow(); row >= 0)
                editPhotosOfRow(row);
        });
        connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int column) {
            if (column == m_photoColumn)
                editPhotosOfRow(row);
        });
    }
    auto* hint = new QLabel(tr("Type the next line in the blank row at the bottom."), this);
    hint->setStyleSheet(QStringLiteral("color: palette(mid)"));
    buttons->addWidget(hint, 1);
    layout->addLayout(buttons);
    m_issues->setObjectName(QStringLiteral("linesIssueLabel"));
    m_issues->setWordWrap(true);
    m_issues->setVisible(false);
    layout->addWidget(m_issues);

    connect(remove, &QPushButton::clicked, this, &LinesTable::removeSelectedRows);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (m_filling)
            return;
        item->setBackground(QBrush());
        item->setToolTip(QString());
        refreshDerived(item->row());
        keepOneBlankRow();
        Q_EMIT edited();
    });
    keepOneBlankRow();
}

void LinesTable::setLines(const QList<Record>& lines) {
    m_filling = true;
    m_table->setRowCount(0);
    m_table->setRowCount(int(lines.size()));
    m_changedPhotos.clear();
    m_storedPhotoCounts.clear();
    if (hasPhotoColumn()) {
        QList<qint64> ids;
        for (const Record& line : lines)
            if (line.id != 0)
                ids << line.id;
        // A count that cannot be read shows as no photos; opening the line shows the error.
        if (auto counts = AttachmentStore(*m_db).counts(m_lines.key, ids))
            m_storedPhotoCounts = *counts;
    }
    for (int r = 0; r < lines.size(); ++r) {
        for (int c = 0; c < m_lines.fields.size(); ++c) {
            const FieldDef& f = m_lines.fields.at(c);
            m_table->setItem(r, c, new QTableWidgetItem(valuefmt::display(f, lines.at(r).value(f.key))));
        }
        m_table->item(r, 0)->setData(kLineIdRole, lines.at(r).id);
        refreshPhotoCell(r);
    }
    refreshDerivedValues(); // once all lines are in: one context for all of them
    m_filling = false;
    keepOneBlankRow();
    showIssues({});
    // A checklist of a dozen items is read whole: as tall as its lines (and the blank one), from 6 up to
    // 14 rows; longer lists scroll inside the form, which scrolls too.
    const int rows = qBound(6, m_table->rowCount(), 14);
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * rows +
                              m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth());
}

bool LinesTable::rowIsBlank(int row) const {
    for (int c = 0; c < m_lines.fields.size(); ++c)
        if (const QTableWidgetItem* item = m_table->item(row, c); item && !item->text().trimmed().isEmpty())
            return false;
    return true;
}

void LinesTable::keepOneBlankRow() {
    const bool wasFilling = m_filling;
    m_filling = true;
    while (m_table->rowCount() > 1 && rowIsBlank(m_table->rowCount() - 1) &&
           rowIsBlank(m_table->rowCount() - 2))
        m_table->removeRow(m_table->rowCount() - 1);
    if (m_table->rowCount() == 0 || !rowIsBlank(m_table->rowCount() - 1)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        for (int c = 0; c < m_table->columnCount(); ++c) {
            auto* item = new QTableWidgetItem;
            if (c >= m_lines.fields.size())
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            m_table->setItem(row, c, item);
        }
    }
    m_filling = wasFilling;
}

void LinesTable::refreshDerived(int row, const RuleContext& ctx) {
    if (m_lines.derived.isEmpty())
        return;
    Record line;
    for (int c = 0; c < m_lines.fields.size(); ++c) {
        const QTableWidgetItem* item = m_table->item(row, c);
        const valuefmt::Parsed p = valuefmt::parse(m_lines.fields.at(c), item ? item->text() : QString());
        if (p.ok() && !p.value.isNull())
            line.set(m_lines.fields.at(c).key, p.value);
    }
    const bool wasFilling = m_filling;
    m_filling = true;
    const QVariantMap derived = deriveValues(m_lines, line, ctx);
    for (int d = 0; d < m_lines.derived.size(); ++d) {
        const FieldDef& f = m_lines.derived.at(d).field;
        auto* item = new QTableWidgetItem(valuefmt::display(f, derived.value(f.key)));
        item->setFlags(item->flags() & ~Qt::ItemIsEditable);
        item->setForeground(palette().color(QPalette::PlaceholderText));
        m_table->setItem(row, int(m_lines.fields.size()) + d, item);
    }
    m_filling = wasFilling;
}

void LinesTable::removeSelectedRows() {
    QList<int> rows;
    for (const QModelIndex& i : m_table->selectionModel()->selectedIndexes())
        if (!rows.contains(i.row()))
            rows << i.row();
    if (rows.isEmpty() && m_table->currentRow() >= 0)
        rows << m_table->currentRow();
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int r : rows)
        m_table->removeRow(r);
    keepOneBlankRow();
    Q_EMIT edited();
}

QList<int> LinesTable::lineRows() const {
    QList<int> rows;
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (!rowIsBlank(r))
            rows << r;
    return rows;
}

QList<Record> LinesTable::lines(Issues* unreadable) const {
    QList<Record> out;
    for (int r : lineRows()) {
        Record line;
        line.id = lineIdOf(r);
        for (int c = 0; c < m_lines.fields.size(); ++c) {
            const FieldDef& f = m_lines.fields.at(c);
            const QTableWidgetItem* item = m_table->item(r, c);
            const valuefmt::Parsed p = valuefmt::parse(f, item ? item->text() : QString());
            if (!p.ok()) {
                if (unreadable)
                    *unreadable << Issue::error(lineIssueField(out.size(), f.key), p.error);
            } else if (!p.value.isNull()) {
                line.set(f.key, p.value);
            }
        }
        out << line;
    }
    return out;
}

void LinesTable::showIssues(const Issues& issues) {
    const QList<int> rows = lineRows();
    m_filling = true;
    for (int r = 0; r < m_table->rowCount(); ++r)
        for (int c = 0; c < m_lines.fields.size(); ++c)
            if (QTableWidgetItem* item = m_table->item(r, c)) {
                item->setBackground(QBrush());
                item->setToolTip(QString());
            }
    QStringList texts;
    for (const Issue& issue : issues) {
        const QString colour = issue.isError() ? kErrorColour : kWarningColour;
        int index = 0;
        QString key;
        if (!splitLineIssueField(issue.field, &index, &key)) {
            if (issue.field == kLinesIssueField)
                texts << QStringLiteral("<span style='color:%1'>%2</span>")
                             .arg(colour, issue.message.toHtmlEscaped());
            continue;
        }
        const FieldDef* f = m_lines.field(key);
        texts << QStringLiteral("<span style='color:%1'>%2</span>")
                     .arg(colour,
                          (f ? tr("Line %1, %2: %3").arg(index + 1).arg(f->displayLabel(), issue.message)
                             : tr("Line %1: %2").arg(index + 1).arg(issue.message))
                              .toHtmlEscaped());
        const int column = f ? int(f - m_lines.fields.constData()) : -1;
        if (index < rows.size() && column >= 0)
            if (QTableWidgetItem* item = m_table->item(rows.at(index), column)) {
                item->setBackground(kIssueBackground);
                item->setToolTip(issue.message);
            }
    }
    m_filling = false;
    m_issues->setText(texts.join(QStringLiteral("<br>")));
    m_issues->setVisible(!texts.isEmpty());
}

void LinesTable::focusIssue(const Issue& issue) {
    int index = 0;
    QString key;
    const QList<int> rows = lineRows();
    int row = rows.isEmpty() ? m_table->rowCount() - 1 : rows.first();
    int column = 0;
    if (splitLineIssueField(issue.field, &index, &key)) {
        if (index < rows.size())
            row = rows.at(index);
        if (const FieldDef* f = m_lines.field(key))
            column = int(f - m_lines.fields.constData());
    }
    m_table->setFocus();
    m_table->setCurrentCell(row, column);
}

qint64 LinesTable::lineIdOf(int row) const {
    const QTableWidgetItem* item = m_table->item(row, 0);
    return item ? item->data(kLineIdRole).toLongLong() : 0;
}

int LinesTable::tokenOf(int row) {
    QTableWidgetItem* item = m_table->item(row, 0);
    if (!item)
        return 0;
    if (!item->data(kTokenRole).isValid()) {
        const bool wasFilling = m_filling;
        m_filling = true; // not an edit of the line
        item->setData(kTokenRole, m_nextToken++);
        m_filling = wasFilling;
    }
    return item->data(kTokenRole).toInt();
}

void LinesTable::refreshPhotoCell(int row) {
    if (!hasPhotoColumn())
        return;
    const QTableWidgetItem* first = m_table->item(row, 0);
    const QVariant token = first ? first->data(kTokenRole) : QVariant();
    const int count = token.isValid() && m_changedPhotos.contains(token.toInt())
                          ? int(m_changedPhotos.value(token.toInt()).size())
                          : m_storedPhotoCounts.value(lineIdOf(row));
    const bool wasFilling = m_filling;
    m_filling = true;
    // The number alone, under the heading "Photos".
    auto* item = new QTableWidgetItem(count == 0 ? QString() : QString::number(count));
    item->setTextAlignment(Qt::AlignCenter);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    item->setToolTip(tr("Double-click to add or show this line's photos"));
    m_table->setItem(row, m_photoColumn, item);
    m_filling = wasFilling;
}

void LinesTable::editPhotosOfRow(int row) {
    // The blank row is not a line yet: its photos would have nothing to belong to.
    if (!hasPhotoColumn() || row < 0 || row >= m_table->rowCount() || rowIsBlank(row))
        return;
    const int token = tokenOf(row);
    QList<PendingPhoto> photos;
    if (m_changedPhotos.contains(token)) {
        photos = m_changedPhotos.value(token);
    } else if (const qint64 id = lineIdOf(row); id != 0) {
        auto stored = AttachmentStore(*m_db).list(m_lines.key, id);
        if (!stored) {
            m_issues->setText(QStringLiteral("<span style='color:%1'>%2</span>")
                                  .arg(kErrorColour, stored.error().message.toHtmlEscaped()));
            m_issues->setVisible(true);
            return;
        }
        for (const Attachment& a : std::as_const(*stored))
            photos << PendingPhoto{a.id,     a.fileName, a.mimeType,  a.width,
                                   a.height, {},         a.thumbnail, a.caption};
    }
    QString what = tr("Photos of line %1").arg(row + 1);
    if (const FieldDef* f = m_lines.field(m_lines.titleField))
        if (const QTableWidgetItem* item = m_table->item(row, int(f - m_lines.fields.constData()));
            item && !item->text().trimmed().isEmpty())
            what = tr("Photos: %1").arg(item->text().trimmed());
    if (!editPhotos(this, *m_db, what, photos))
        return;
    m_changedPhotos.insert(token, photos);
    refreshPhotoCell(row);
    Q_EMIT edited();
}

QList<std::optional<QList<PendingPhoto>>> LinesTable::linePhotos() const {
    QList<std::optional<QList<PendingPhoto>>> out;
    if (m_changedPhotos.isEmpty())
        return out;
    for (int r : lineRows()) {
        const QTableWidgetItem* first = m_table->item(r, 0);
        const QVariant token = first ? first->data(kTokenRole) : QVariant();
        if (token.isValid() && m_changedPhotos.contains(token.toInt()))
            out << m_changedPhotos.value(token.toInt());
        else
            out << std::nullopt;
    }
    return out;
}

void LinesTable::refreshDerivedValues() {
    if (m_lines.derived.isEmpty())
        return;
    const RuleContext ctx = ruleContext();
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (!rowIsBlank(r))
            refreshDerived(r, ctx);
}

} // namespace houqin::gui
