#include "MenuGrid.h"

#include "gui/KindExtensions.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

namespace houqin::gui::canteen {

namespace {
const QString kWeekday = QStringLiteral("weekday");
const QString kMeal = QStringLiteral("meal");
const QString kDishes = QStringLiteral("dishes");
const QColor kIssueBackground(0xfd, 0xe2, 0xe1);
constexpr int kDays = 7;

// A cell is edited in a small text box: one dish per line, or separated by 、 as menus are written.
class DishesDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const override {
        auto* edit = new QPlainTextEdit(parent);
        edit->setTabChangesFocus(true);
        return edit;
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override {
        static_cast<QPlainTextEdit*>(editor)->setPlainText(index.data(Qt::EditRole).toString());
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override {
        model->setData(index, static_cast<QPlainTextEdit*>(editor)->toPlainText().trimmed(), Qt::EditRole);
    }
};
} // namespace

MenuGrid::MenuGrid(const RecordKind& kind, QWidget* parent)
    : LinesEditor(parent), m_table(new QTableWidget(this)),
      m_weekend(new QCheckBox(tr("Saturday and Sunday"), this)), m_issues(new QLabel(this)) {
    setObjectName(QStringLiteral("menuGrid"));
    if (const FieldDef* meal = kind.lines->field(kMeal))
        for (const ChoiceDef& c : meal->choices)
            m_meals << qMakePair(c.key, trLabel(c.label));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    auto* hint = new QLabel(tr("Dishes of a meal separated by 、 or one per line."), this);
    hint->setStyleSheet(QStringLiteral("color: palette(mid)"));
    top->addWidget(hint, 1);
    top->addWidget(m_weekend);
    layout->addLayout(top);

    m_table->setRowCount(int(m_meals.size()));
    m_table->setColumnCount(kDays);
    QStringList days;
    const QLocale locale;
    for (int d = 1; d <= kDays; ++d)
        days << locale.dayName(d, QLocale::ShortFormat);
    m_table->setHorizontalHeaderLabels(days);
    QStringList meals;
    for (const auto& m : m_meals)
        meals << m.second;
    m_table->setVerticalHeaderLabels(meals);
    m_table->setItemDelegate(new DishesDelegate(m_table));
    m_table->setWordWrap(true);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().lineSpacing() * 3 + 10);
    for (int r = 0; r < m_table->rowCount(); ++r)
        for (int c = 0; c < kDays; ++c)
            m_table->setItem(r, c, new QTableWidgetItem);
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * int(m_meals.size()) +
                              m_table->horizontalHeader()->sizeHint().height() + 4);
    layout->addWidget(m_table, 1);
    m_issues->setObjectName(QStringLiteral("linesIssueLabel"));
    m_issues->setWordWrap(true);
    m_issues->setVisible(false);
    layout->addWidget(m_issues);

    setWeekendShown(false);
    connect(m_weekend, &QCheckBox::toggled, this, &MenuGrid::setWeekendShown);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (m_filling)
            return;
        item->setBackground(QBrush());
        item->setToolTip(QString());
        Q_EMIT edited();
    });
}

void MenuGrid::setWeekendShown(bool shown) {
    m_table->setColumnHidden(5, !shown);
    m_table->setColumnHidden(6, !shown);
    if (m_weekend->isChecked() != shown)
        m_weekend->setChecked(shown);
}

QPair<int, int> MenuGrid::cellOf(int weekday, const QString& meal) const {
    for (int r = 0; r < m_meals.size(); ++r)
        if (m_meals.at(r).first == meal && weekday >= 1 && weekday <= kDays)
            return {r, weekday - 1};
    return {-1, -1};
}

void MenuGrid::setLines(const QList<Record>& lines) {
    m_filling = true;
    for (int r = 0; r < m_table->rowCount(); ++r)
        for (int c = 0; c < kDays; ++c)
            m_table->item(r, c)->setText(QString());
    bool weekend = false;
    for (const Record& line : lines) {
        const int day = line.value(kWeekday).toString().toInt();
        const auto [row, column] = cellOf(day, line.value(kMeal).toString());
        if (row < 0)
            continue;
        m_table->item(row, column)->setText(line.value(kDishes).toString());
        weekend = weekend || day >= 6;
    }
    m_filling = false;
    setWeekendShown(weekend);
    showIssues({});
}

QList<QPair<int, int>> MenuGrid::filledCells() const {
    QList<QPair<int, int>> cells;
    for (int c = 0; c < kDays; ++c)
        for (int r = 0; r < m_table->rowCount(); ++r)
            if (!m_table->item(r, c)->text().trimmed().isEmpty())
                cells << qMakePair(r, c);
    return cells;
}

QList<Record> MenuGrid::lines(Issues*) const {
    // Every cell is plain text, so nothing can be unreadable; the kind's rules check the lengths.
    QList<Record> out;
    for (const auto& [row, column] : filledCells()) {
        Record line;
        line.set(kWeekday, QString::number(column + 1));
        line.set(kMeal, m_meals.at(row).first);
        line.set(kDishes, m_table->item(row, column)->text().trimmed());
        out << line;
    }
    return out;
}

void MenuGrid::showIssues(const Issues& issues) {
    const QList<QPair<int, int>> cells = filledCells();
    m_filling = true;
    for (int r = 0; r < m_table->rowCount(); ++r)
        for (int c = 0; c < kDays; ++c) {
            m_table->item(r, c)->setBackground(QBrush());
            m_table->item(r, c)->setToolTip(QString());
        }
    QStringList texts;
    for (const Issue& issue : issues) {
        int index = 0;
        QString key;
        if (splitLineIssueField(issue.field, &index, &key) && index < cells.size()) {
            const auto [row, column] = cells.at(index);
            m_table->item(row, column)->setBackground(kIssueBackground);
            m_table->item(row, column)->setToolTip(issue.message);
            texts << tr("%1, %2: %3")
                         .arg(m_table->horizontalHeaderItem(column)->text(), m_meals.at(row).second,
                              issue.message)
                         .toHtmlEscaped();
        } else if (issue.field == kLinesIssueField) {
            texts << issue.message.toHtmlEscaped();
        }
    }
    m_filling = false;
    m_issues->setText(
        QStringLiteral("<span style='color:#c0392b'>%1</span>").arg(texts.join(QStringLiteral("<br>"))));
    m_issues->setVisible(!texts.isEmpty());
}

void MenuGrid::focusIssue(const Issue& issue) {
    int index = 0;
    QString key;
    const QList<QPair<int, int>> cells = filledCells();
    m_table->setFocus();
    if (splitLineIssueField(issue.field, &index, &key) && index < cells.size())
        m_table->setCurrentCell(cells.at(index).first, cells.at(index).second);
    else
        m_table->setCurrentCell(0, 0);
}

void registerMenuGrid() {
    KindExtension ext;
    ext.createLinesEditor = [](const RecordKind& kind, const EditorContext&,
                               QWidget* parent) -> LinesEditor* { return new MenuGrid(kind, parent); };
    registerKindExtension(QStringLiteral("menus"), std::move(ext));
}

} // namespace houqin::gui::canteen
