/** The operator commands: chains, paths, clients, packets, messages and status. */
import type { Command } from 'commander';
import { addClientCommands } from './clients.js';
import { addMessageCommands } from './messages.js';
import { addNetworkCommands } from './network-commands.js';
import { addPacketCommands } from './packets.js';
import { addStatusCommand } from './status.js';

export function addOperatorCommands(program: Command, setExitCode: (code: number) => void): void {
  addNetworkCommands(program, setExitCode);
  addClientCommands(program, setExitCode);
  addPacketCommands(program, setExitCode);
  addMessageCommands(program, setExitCode);
  addStatusCommand(program, setExitCode);
}
