#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

// The private CA file of a connection: a path (typed or picked with a file dialog), the subject and
// expiry of what it holds or why it cannot be used, and which origin it is trusted for.
class CaCertificatePicker : public QWidget
{
    Q_OBJECT
public:
    explicit CaCertificatePicker(QWidget* parent = nullptr);

    QString path() const;
    void setPath(const QString& path);
    // The origin the CA will be trusted for, named in the note under the path.
    void setOrigin(const QString& origin);
    // Empty when the path is empty or names a usable PEM file; otherwise what is wrong.
    QString problem() const { return m_problem; }
    QLineEdit* pathEdit() const { return m_pathEdit; }

Q_SIGNALS:
    void pathChanged();

private:
    void browse();
    void refresh();

    QLineEdit* m_pathEdit;
    QPushButton* m_browseButton;
    QLabel* m_infoLabel;
    QString m_origin;
    QString m_problem;
};
