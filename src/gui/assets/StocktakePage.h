#pragma once

#include "domain/assets/StocktakeCount.h"
#include "gui/ModuleView.h"

#include <QPointer>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace houqin {
class Database;
}

namespace houqin::gui::assets {

// 资产清点: count a campus's rooms with a USB scanner or the keyboard. Choose the campus, tick the rooms
// (none = the whole campus) and start; the register is read once, and each code typed or scanned (the
// scanner types it and Enter) is answered at once, in colour and with beeps: found (one beep), already
// counted (two), registered elsewhere (three, naming where) or not in the register (four). The tally of
// found, missing and extra runs as codes come. Save stores the stocktake with its lines and opens the
// result: the missing and extra lines, with the register corrections they offer, for the selected lines
// or all of them. Earlier stocktakes open in the same result view.
class StocktakePage : public ModuleView {
    Q_OBJECT
public:
    explicit StocktakePage(Database& db, QWidget* parent = nullptr);
    ~StocktakePage() override;

    void refresh() override;

    QComboBox* campusBox() const { return m_campus; }
    QListWidget* roomList() const { return m_rooms; }
    QLineEdit* counterEdit() const { return m_counter; }
    QPushButton* startButton() const { return m_start; }
    QComboBox* countedRoomBox() const { return m_countedRoom; }
    QLineEdit* codeEdit() const { return m_code; }
    QLabel* answerLabel() const { return m_answer; }
    QLabel* tallyLabel() const { return m_tally; }
    QTableWidget* scanTable() const { return m_scans; }
    QPushButton* saveButton() const { return m_save; }
    QTabWidget* tabs() const { return m_tabs; }
    QComboBox* stocktakeBox() const { return m_stocktakes; }
    QTableWidget* resultTable() const { return m_result; }
    QPushButton* correctSelectedButton() const { return m_correctSelected; }
    QPushButton* correctAllButton() const { return m_correctAll; }
    QLabel* messageLabel() const { return m_message; }
    // The count under way; null before Start.
    const houqin::assets::StocktakeCount* count() const { return m_count.get(); }
    // How many beeps the last answer gave (1 found, 2 already counted, 3 moved, 4 unknown).
    int lastBeeps() const { return m_lastBeeps; }
    qint64 shownStocktake() const { return m_shownId; }

public Q_SLOTS:
    bool start();
    void scanTyped();
    // Stores the stocktake; its id, or 0 (nothing written, the reason shown).
    qint64 save();
    void showStocktake(qint64 id);
    // Corrects the register from the result's selected lines (or all that offer one).
    int correct(bool all);

private:
    void loadRooms();
    void loadStocktakes();
    void updateTally();
    void answer(const houqin::assets::ScanAnswer& a);
    void beep(int times);
    void setCounting(bool counting);

    Database& m_db;
    std::unique_ptr<houqin::assets::StocktakeCount> m_count;
    QTabWidget* m_tabs;
    QComboBox* m_campus;
    QListWidget* m_rooms;
    QLineEdit* m_counter;
    QPushButton* m_start;
    QComboBox* m_countedRoom;
    QLineEdit* m_code;
    QLabel* m_answer;
    QLabel* m_tally;
    QTableWidget* m_scans;
    QPushButton* m_save;
    QComboBox* m_stocktakes;
    QLabel* m_resultSummary;
    QTableWidget* m_result;
    QPushButton* m_correctSelected;
    QPushButton* m_correctAll;
    QLabel* m_message;
    QList<int> m_resultLines; // result table row -> line index of the shown stocktake
    qint64 m_shownId = 0;
    int m_lastBeeps = 0;
};

ModuleView* createStocktake(Database& db, QWidget* parent);

} // namespace houqin::gui::assets
