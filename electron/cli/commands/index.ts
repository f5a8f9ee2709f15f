import type { Command } from '../command.js';
import { annualReportCommand } from './annualReport.js';
import { checkCommand } from './check.js';
import { exportCommand } from './export.js';
import { figuresCommand } from './figures.js';
import { importCommand } from './import.js';
import { listCommand } from './list.js';
import { newCommand } from './new.js';
import { setSectionCommand } from './setSection.js';
import { settingsCommand } from './settings.js';
import { showCommand } from './show.js';
import { signOffCommand } from './signOff.js';
import { templatesCommand } from './templates.js';

/** Every command, in the order help lists them. */
export const COMMANDS: readonly Command[] = [templatesCommand, newCommand, listCommand, showCommand, setSectionCommand, signOffCommand, importCommand, checkCommand, exportCommand, settingsCommand, figuresCommand, annualReportCommand];
