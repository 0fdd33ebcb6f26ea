import { log } from '@temporalio/workflow';
import { advance, startRun, type TurnPlan } from '../flows/interpreter/flow-run.js';
import type { StepEvent } from '../flows/interpreter/step.types.js';
import type { FlowRunEnd } from '../flows/runtime.contract.js';
import { flows, isActivityError, maxAutomationAttempts } from './activities.js';
import type { Conversation } from './conversation-state.js';

/**
 * Runs the conversation's flow as far as it can go now: starts the runs the engine asked for, then
 * acts on what is due (gathered replies, a timeout, the window's close). Each turn is one activity
 * performing the turn's effects and recording its steps; a call (an HTTP request, another flow)
 * is answered by the same activity and the run goes on.
 */
export async function runFlows(conversation: Conversation): Promise<void> {
  const slot = conversation.flows;
  for (let request = slot.takeRequest(); request; request = slot.takeRequest()) {
    const started = await attempt(() =>
      flows.startFlow({ conversationId: conversation.id, runId: request.runId }),
    );
    if (!started?.ok) continue;
    // A newer run replaces one still going (the engine stopped that one when it started this).
    slot.run = startRun({
      runId: request.runId,
      test: started.test,
      flow: started.flow,
      contact: started.contact,
      businessHours: started.businessHours,
      lastReply: request.text,
      now: Date.now(),
    });
    await turn(conversation, { kind: 'enter' });
  }
  for (
    let due = slot.due(Date.now(), conversation.windowOpen());
    due && 'event' in due;
    due = slot.due(Date.now(), conversation.windowOpen())
  ) {
    slot.run?.inbox.splice(0, due.replies);
    await turn(conversation, due.event);
  }
}

async function turn(conversation: Conversation, event: StepEvent): Promise<void> {
  const slot = conversation.flows;
  const run = slot.run;
  if (!run) return;
  let plan: TurnPlan = advance(run, event, { now: Date.now(), windowOpen: conversation.windowOpen() });
  for (;;) {
    const result = await attempt(() =>
      flows.flowTurn({
        conversationId: conversation.id,
        runId: run.runId,
        effects: plan.effects,
        records: plan.records,
        ...(plan.call ? { call: plan.call } : {}),
        resting: plan.end
          ? null
          : {
              nodeId: run.nodeId,
              versionId: run.flow.versionId,
              since: new Date(run.enteredAt).toISOString(),
              until: run.waiting?.until ? new Date(run.waiting.until).toISOString() : null,
            },
        ...(plan.end ? { end: plan.end } : {}),
        maxAttempts: maxAutomationAttempts,
      }),
    );
    if (!result) return abandon(conversation, run.runId);
    for (const messageId of result.held ?? []) conversation.hold(messageId);
    // The engine ended the run: a person took over, the run was stopped, or a send found the window closed.
    if (result.stopped || result.windowClosed || plan.end) {
      slot.run = null;
      return;
    }
    if (!plan.call) return;
    if (!result.callResult) return abandon(conversation, run.runId);
    plan = advance(
      run,
      { kind: 'call_result', result: result.callResult },
      { now: Date.now(), windowOpen: conversation.windowOpen() },
    );
  }
}

/** The engine kept failing (its attempts ran out): the run ends as failed, so nothing waits on it. */
async function abandon(conversation: Conversation, runId: string): Promise<void> {
  conversation.flows.run = null;
  const end: FlowRunEnd = {
    status: 'dropped',
    reason: 'failed',
    detail: 'the engine could not perform a step',
  };
  await attempt(() =>
    flows.flowTurn({
      conversationId: conversation.id,
      runId,
      effects: [],
      records: [],
      resting: null,
      end,
      maxAttempts: 1,
    }),
  );
}

/** An activity's answer, or undefined when it failed for good (logged). */
async function attempt<T>(work: () => Promise<T>): Promise<T | undefined> {
  try {
    return await work();
  } catch (error) {
    if (!isActivityError(error)) throw error;
    log.warn('a flow step could not be performed', { error });
    return undefined;
  }
}
