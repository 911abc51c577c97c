import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

// Before anything is read: what the kiosk will read, why, and how long it keeps it. The face
// check has its own, separate consent (step "face_consent"); staff assistance is always offered
// instead.
Item {
    id: screen
    objectName: "identityConsentScreen"
    readonly property bool faceStep: Identity.step === "face_consent"

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap

        IdentityHeader {
            Layout.fillWidth: true
            title: screen.faceStep ? qsTr("Face check") : qsTr("Identity check")
        }

        Flickable {
            id: flick
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            contentHeight: body.implicitHeight
            boundsBehavior: Flickable.StopAtBounds
            // Always visible when there is more below: a resident does not guess that a page scrolls.
            ScrollBar.vertical: ScrollBar {
                policy: flick.contentHeight > flick.height ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
                width: Theme.gap
            }

            ColumnLayout {
                id: body
                width: flick.width - Theme.gap
                spacing: Theme.gap

                // -- consent to reading the card -------------------------------------------
                Text {
                    objectName: "consentIntro"
                    visible: !screen.faceStep
                    Layout.fillWidth: true
                    text: qsTr("To continue, this kiosk needs to read your resident ID card.")
                    font.pixelSize: Theme.bodyPx
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
                GuideSection {
                    objectName: "consentWhat"
                    visible: !screen.faceStep
                    Layout.fillWidth: true
                    title: qsTr("What is read")
                    lines: [qsTr("Name, ID number, sex, ethnic group, date of birth, address and validity of the card.")]
                }
                GuideSection {
                    objectName: "consentWhy"
                    visible: !screen.faceStep
                    Layout.fillWidth: true
                    title: qsTr("Why")
                    lines: [qsTr("To confirm who you are and to show only your own information.")]
                }
                GuideSection {
                    objectName: "consentKept"
                    visible: !screen.faceStep
                    Layout.fillWidth: true
                    title: qsTr("How long it is kept")
                    lines: [qsTr("Only during this visit. It is wiped when you finish or walk away. The card photo is not kept.")]
                }
                Text {
                    objectName: "consentFaceLater"
                    visible: !screen.faceStep && Identity.level === "idcard_face"
                    Layout.fillWidth: true
                    text: qsTr("This service also needs a face check. You will be asked for that separately.")
                    font.pixelSize: Theme.bodyPx
                    color: Theme.textMuted
                    wrapMode: Text.WordWrap
                }

                // -- consent to the face check ------------------------------------------------
                Text {
                    objectName: "faceConsentCard"
                    visible: screen.faceStep
                    Layout.fillWidth: true
                    text: qsTr("ID card read: %1, %2").arg(Identity.maskedName).arg(Identity.maskedId)
                    font.pixelSize: Theme.bodyPx
                    font.bold: true
                    color: Theme.ok
                    wrapMode: Text.WrapAnywhere
                }
                GuideSection {
                    objectName: "faceConsentWhat"
                    visible: screen.faceStep
                    Layout.fillWidth: true
                    title: qsTr("What happens")
                    lines: [qsTr("The camera takes a picture of your face. It is sent to the identity authority and compared with your ID card.")]
                }
                GuideSection {
                    objectName: "faceConsentKept"
                    visible: screen.faceStep
                    Layout.fillWidth: true
                    title: qsTr("Your picture")
                    lines: [qsTr("The picture is deleted right after the check and never stored at this kiosk.")]
                }
                Text {
                    objectName: "faceConsentVoluntary"
                    visible: screen.faceStep
                    Layout.fillWidth: true
                    text: qsTr("The face check is voluntary. If you prefer, a member of staff can check your ID card in person instead.")
                    font.pixelSize: Theme.bodyPx
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
            }
        }

        IdentityActions {
            objectName: "identityActions"
            Layout.fillWidth: true
        }
    }
}
