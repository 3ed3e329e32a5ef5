#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

// The line above the project form saying the project changed on the server while it is open:
// "Changed on the server by <who> at <when>" with Review when the user has unsaved edits, or a plain
// note that the form now shows the new version.
class ServerChangeBanner : public QFrame
{
    Q_OBJECT
public:
    explicit ServerChangeBanner(QWidget* parent = nullptr);

    void showChanged(const QString& who, const QString& when);
    void showRefreshed(const QString& who, const QString& when);

    QLabel* textLabel() const { return m_textLabel; }
    QPushButton* reviewButton() const { return m_reviewButton; }

Q_SIGNALS:
    void reviewRequested();

private:
    void showText(const QString& text, bool review);

    QLabel* m_textLabel;
    QPushButton* m_reviewButton;
    QToolButton* m_dismissButton;
};
