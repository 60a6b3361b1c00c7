import type { ScreenPath } from '../../contract/screens';

/** A menu entry as plain data; main/app/menu.ts turns it into Electron's Menu. */
export interface MenuItemSpec {
  label?: string;
  role?:
    | 'quit'
    | 'undo'
    | 'redo'
    | 'cut'
    | 'copy'
    | 'paste'
    | 'selectAll'
    | 'zoomIn'
    | 'zoomOut'
    | 'resetZoom'
    | 'togglefullscreen'
    | 'reload';
  accelerator?: string;
  /** Hidden items still answer to their accelerator (a second zoom-in key). */
  visible?: boolean;
  type?: 'separator';
  action?: 'data-folder';
  /** Opens this screen of the route table (main/contract/screens.ts). */
  navigate?: ScreenPath;
  submenu?: MenuItemSpec[];
}

/** The Dutch application menu: Bestand, Bewerken, Beeld, Help. */
export function menuTemplate(): MenuItemSpec[] {
  return [
    {
      label: 'Bestand',
      submenu: [
        { label: 'Instellingen', accelerator: 'CmdOrCtrl+,', navigate: '/instellingen' },
        { label: 'Gegevensmap tonen', action: 'data-folder' },
        { type: 'separator' },
        { label: 'Afsluiten', role: 'quit', accelerator: 'CmdOrCtrl+Q' },
      ],
    },
    {
      label: 'Bewerken',
      submenu: [
        { label: 'Ongedaan maken', role: 'undo' },
        { label: 'Opnieuw', role: 'redo' },
        { type: 'separator' },
        { label: 'Knippen', role: 'cut' },
        { label: 'Kopiëren', role: 'copy' },
        { label: 'Plakken', role: 'paste' },
        { label: 'Alles selecteren', role: 'selectAll' },
      ],
    },
    {
      label: 'Beeld',
      submenu: [
        { label: 'Groter', role: 'zoomIn', accelerator: 'CmdOrCtrl+Plus' },
        { label: 'Groter', role: 'zoomIn', accelerator: 'CmdOrCtrl+=', visible: false },
        { label: 'Kleiner', role: 'zoomOut', accelerator: 'CmdOrCtrl+-' },
        { label: 'Werkelijke grootte', role: 'resetZoom', accelerator: 'CmdOrCtrl+0' },
        { type: 'separator' },
        { label: 'Volledig scherm', role: 'togglefullscreen' },
      ],
    },
    {
      label: 'Help',
      submenu: [{ label: 'Over Werkboek Overheidsparticipatie', navigate: '/over' }],
    },
  ];
}
